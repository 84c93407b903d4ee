<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AddressStayScreen</name>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <source>Your address and stay</source>
        <translation>Votre adresse et votre séjour</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <location filename="../screens/AddressStayScreen.qml" line="54" />
        <source>Your stay</source>
        <translation>Votre séjour</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="28" />
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="33" />
        <source>Address line 2</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="38" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="44" />
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="49" />
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="68" />
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="73" />
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="79" />
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="86" />
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Children under 15 travelling with you</source>
        <translation>Enfants de moins de 15 ans qui vous accompagnent</translation>
    </message>
    <message>
        <source>People travelling with you</source>
        <translation>Personnes qui vous accompagnent</translation>
    </message>
    <message>
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>Les autres adultes et les enfants à partir de 15 ans remplissent leur propre fiche.</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../screens/BookingScreen.qml" line="16" />
        <source>Do you have a booking?</source>
        <translation>Avez-vous une réservation ?</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="18" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="34" />
        <source>I have a booking</source>
        <translation>J'ai une réservation</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="41" />
        <source>I don't have a booking</source>
        <translation>Je n'ai pas de réservation</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="52" />
        <location filename="../screens/BookingScreen.qml" line="59" />
        <source>Booking reference</source>
        <translation>Numéro de réservation</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="53" />
        <source>You find it in your confirmation e-mail.</source>
        <translation>Vous le trouverez dans votre e-mail de confirmation.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="64" />
        <location filename="../screens/BookingScreen.qml" line="70" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="77" />
        <source>Find my booking</source>
        <translation>Trouver ma réservation</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="97" />
        <source>We found your booking: arrival %1, departure %2. Please check and complete your card.</source>
        <translation>Nous avons trouvé votre réservation : arrivée le %1, départ le %2. Vérifiez et complétez votre fiche.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="101" />
        <source>We could not find a booking with these details. Please check them, or continue and fill in your card.</source>
        <translation>Nous n'avons pas trouvé de réservation avec ces informations. Vérifiez-les, ou continuez et remplissez votre fiche.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="102" />
        <source>The booking search is not available right now. Please continue and fill in your card.</source>
        <translation>La recherche de réservation n'est pas disponible pour le moment. Continuez et remplissez votre fiche.</translation>
    </message>
</context>
<context>
    <name>CompanionList</name>
    <message>
        <location filename="../components/CompanionList.qml" line="20" />
        <source>Children under 15 travelling with you</source>
        <translation>Enfants de moins de 15 ans qui vous accompagnent</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="21" />
        <source>Children under 14 travelling with you</source>
        <translation>Enfants de moins de 14 ans qui vous accompagnent</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="22" />
        <source>Your spouse or partner and children under 18 travelling with you</source>
        <translation>Votre conjoint ou partenaire et vos enfants de moins de 18 ans qui vous accompagnent</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="23" />
        <source>Portuguese citizens travelling with you</source>
        <translation>Citoyens portugais qui vous accompagnent</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="24" />
        <source>People travelling with you</source>
        <translation>Personnes qui vous accompagnent</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="34" />
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>Les autres adultes et les enfants à partir de 15 ans remplissent leur propre fiche.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="35" />
        <source>Every guest from 14 fills in their own card, after this one.</source>
        <translation>À partir de 14 ans, chaque client remplit sa propre fiche, après celle-ci.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="36" />
        <source>Other adults fill in their own card, after this one.</source>
        <translation>Les autres adultes remplissent leur propre fiche, après celle-ci.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="37" />
        <source>Every foreign guest, children included, fills in their own card, after this one.</source>
        <translation>Chaque client étranger, enfants compris, remplit sa propre fiche, après celle-ci.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="66" />
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="67" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="94" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="103" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="109" />
        <source>Relationship to you</source>
        <translation>Lien avec vous</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="120" />
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="121" />
        <source>Spouse or partner</source>
        <translation>Conjoint ou partenaire</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="122" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="133" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="14" />
        <source>Stay in touch?</source>
        <translation>Rester en contact ?</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="15" />
        <source>These choices are optional. Your check-in does not depend on them, and you can change your mind at any time.</source>
        <translation>Ces choix sont facultatifs. Votre enregistrement n'en dépend pas, et vous pouvez changer d'avis à tout moment.</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="66" />
        <source>Read the privacy notice</source>
        <translation>Lire la politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="84" />
        <source>Privacy notice</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="98" />
        <source>The hotel records your registration card because the law requires it, and keeps it only as long as the law says. Your e-mail address and phone number are used for your stay. Offers are sent only if you tick the boxes, and every message lets you unsubscribe in one click. You can ask the hotel at any time to see, correct or erase your data.</source>
        <translation>L'hôtel enregistre votre fiche de police parce que la loi l'impose, et la conserve uniquement pendant la durée prévue par la loi. Votre adresse e-mail et votre numéro de téléphone servent à votre séjour. Des offres ne vous sont envoyées que si vous cochez les cases, et chaque message permet de se désinscrire en un clic. Vous pouvez à tout moment demander à l'hôtel de consulter, corriger ou effacer vos données.</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="103" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../screens/ContactScreen.qml" line="15" />
        <source>How can we reach you?</source>
        <translation>Comment pouvons-nous vous joindre ?</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="16" />
        <source>For your invoice and messages about your stay.</source>
        <translation>Pour votre facture et les messages concernant votre séjour.</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="22" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="39" />
        <source>This address was created by your booking website and forwards only some messages. Would you kindly give us your own e-mail address instead?</source>
        <translation>Cette adresse a été créée par votre site de réservation et ne transmet qu'une partie des messages. Auriez-vous l'amabilité de nous indiquer plutôt votre propre adresse e-mail ?</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="51" />
        <source>Country code</source>
        <translation>Indicatif du pays</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="56" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../components/CountryField.qml" line="33" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../components/CountryPicker.qml" line="42" />
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="44" />
        <source>Search for a country</source>
        <translation>Rechercher un pays</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="72" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="67" />
        <source>DD</source>
        <translation>JJ</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="72" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="82" />
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="87" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="97" />
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="102" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>DocumentTypeChooser</name>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="12" />
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="13" />
        <source>Identity card</source>
        <translation>Carte d'identité</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="14" />
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="15" />
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="12" />
        <source>This tablet is enrolled as “%1” for hotel %2. Enrolling again replaces it.</source>
        <translation>Cette tablette est enregistrée sous « %1 » pour l'hôtel %2. Un nouvel enregistrement la remplace.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="13" />
        <source>This tablet is not enrolled yet. Ask your central operator for an enrolment code.</source>
        <translation>Cette tablette n'est pas encore enregistrée. Demandez un code d'enregistrement à votre opérateur central.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="21" />
        <location filename="../supervisor/EnrolPanel.qml" line="22" />
        <source>Enrolment code</source>
        <translation>Code d'enregistrement</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="26" />
        <location filename="../supervisor/EnrolPanel.qml" line="27" />
        <source>Tablet name</source>
        <translation>Nom de la tablette</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="33" />
        <source>Enrol this tablet</source>
        <translation>Enregistrer cette tablette</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolled.</source>
        <translation>Tablette enregistrée.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolment failed: %1</source>
        <translation>Échec de l'enregistrement : %1</translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <location filename="../components/FieldFrame.qml" line="18" />
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
</context>
<context>
    <name>FixCardScreen</name>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="16" />
        <source>Fix a rejected card</source>
        <translation>Corriger une fiche refusée</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="17" />
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="25" />
        <source>Some fields still need a correction.</source>
        <translation>Certains champs doivent encore être corrigés.</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="37" />
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="38" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="39" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="40" />
        <source>Place of birth (town, country)</source>
        <translation>Lieu de naissance (ville, pays)</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="41" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="42" />
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="43" />
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="44" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="45" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="46" />
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="47" />
        <source>Address line 2</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="48" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="49" />
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="50" />
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="62" />
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="63" />
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="64" />
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="65" />
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../components/FormField.qml" line="22" />
        <source>An e-mail address or a phone number is needed (one is enough).</source>
        <translation>Une adresse e-mail ou un numéro de téléphone est nécessaire (l'un des deux suffit).</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="18" />
        <source>About you</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="19" />
        <source>As written in your passport or identity card.</source>
        <translation>Tels qu'inscrits sur votre passeport ou votre carte d'identité.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="25" />
        <source>Passport or ID card code (optional)</source>
        <translation>Code du passeport ou de la carte d'identité (facultatif)</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="26" />
        <source>Your card has been filled in from the code. Please check it.</source>
        <translation>Votre fiche a été remplie à partir du code. Veuillez la vérifier.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="27" />
        <source>Scan the code at the bottom of the photo page, or type its lines here.</source>
        <translation>Scannez le code en bas de la page avec la photo, ou tapez ses lignes ici.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="41" />
        <source>Passport or ID card code</source>
        <translation>Code du passeport ou de la carte d'identité</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="62" />
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="69" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="76" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="82" />
        <source>Place of birth (town, country)</source>
        <translation>Lieu de naissance (ville, pays)</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="88" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="98" />
        <source>Identity document</source>
        <translation>Pièce d'identité</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carte d'identité</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="113" />
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="120" />
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../components/IdleWarning.qml" line="23" />
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="32" />
        <source>For your privacy, this form will be cleared in %1 seconds.</source>
        <translation>Pour protéger vos données, ce formulaire sera effacé dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="42" />
        <source>I'm still here</source>
        <translation>Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../components/LanguageMenu.qml" line="12" />
        <source>Change language</source>
        <translation>Changer de langue</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../Messages.qml" line="8" />
        <source>Please fill in this field.</source>
        <translation>Veuillez remplir ce champ.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="9" />
        <source>Please give an e-mail address or a phone number.</source>
        <translation>Veuillez indiquer une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="10" />
        <source>Please enter a complete date: day, month and year.</source>
        <translation>Veuillez saisir une date complète : jour, mois et année.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="11" />
        <source>This date does not exist.</source>
        <translation>Cette date n'existe pas.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="12" />
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="13" />
        <source>Please check the year.</source>
        <translation>Veuillez vérifier l'année.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14" />
        <source>This e-mail address is not complete or contains a typo.</source>
        <translation>Cette adresse e-mail est incomplète ou contient une faute de frappe.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15" />
        <source>This phone number is not valid for the chosen country code.</source>
        <translation>Ce numéro n'est pas valide pour l'indicatif choisi.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16" />
        <source>Please choose a country from the list.</source>
        <translation>Veuillez choisir un pays dans la liste.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17" />
        <source>The departure must be after the arrival.</source>
        <translation>Le départ doit être postérieur à l'arrivée.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="18" />
        <source>Please check this value.</source>
        <translation>Veuillez vérifier cette valeur.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="19" />
        <source>This is too long.</source>
        <translation>C'est trop long.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="20" />
        <location filename="../Messages.qml" line="21" />
        <source>Please remove the special characters.</source>
        <translation>Veuillez retirer les caractères spéciaux.</translation>
    </message>
    <message>
        <source>From 15 years of age, a guest fills in their own card.</source>
        <translation type="vanished">À partir de 15 ans, chaque client remplit sa propre fiche.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22" />
        <source>This person fills in their own card: please remove them from this list.</source>
        <translation>Cette personne remplit sa propre fiche : veuillez la retirer de cette liste.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="23" />
        <source>The code could not be read correctly. Please scan it again or check what you typed.</source>
        <translation>Le code n'a pas pu être lu correctement. Scannez-le à nouveau ou vérifiez votre saisie.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24" />
        <source>This does not look like the code of a passport or identity card.</source>
        <translation>Ceci ne ressemble pas au code d'un passeport ou d'une carte d'identité.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26" />
        <source>Please check this field.</source>
        <translation>Veuillez vérifier ce champ.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33" />
        <source>The server cannot be reached. The tablet keeps the cards and tries again by itself.</source>
        <translation>Le serveur est injoignable. La tablette garde les fiches et réessaie d'elle-même.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34" />
        <source>The secure connection to the server failed (certificate). Please call technical support.</source>
        <translation>La connexion sécurisée au serveur a échoué (certificat). Veuillez contacter le support technique.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35" />
        <source>This tablet may no longer send cards. Please enrol it again (Enrolment).</source>
        <translation>Cette tablette n'est plus autorisée à envoyer des fiches. Veuillez l'enregistrer à nouveau (Enregistrement).</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="36" />
        <source>The tablet's local storage has a problem. Please call technical support.</source>
        <translation>Le stockage local de la tablette rencontre un problème. Veuillez contacter le support technique.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37" />
        <source>No sync server is set up on this tablet.</source>
        <translation>Aucun serveur de synchronisation n'est configuré sur cette tablette.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="39" />
        <source>The server answered with an error. The tablet tries again by itself.</source>
        <translation>Le serveur a répondu par une erreur. La tablette réessaie d'elle-même.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="47" />
        <source>Person %1: %2</source>
        <translation>Personne %1 : %2</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49" />
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52" />
        <source>Place of birth (town, country)</source>
        <translation>Lieu de naissance (ville, pays)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="55" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56" />
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57" />
        <source>Address line 2</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59" />
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60" />
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="61" />
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62" />
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63" />
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64" />
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65" />
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66" />
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67" />
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68" />
        <source>Your signature</source>
        <translation>Votre signature</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69" />
        <source>Booking reference</source>
        <translation>Numéro de réservation</translation>
    </message>
</context>
<context>
    <name>NumberStepper</name>
    <message>
        <location filename="../components/NumberStepper.qml" line="22" />
        <source>Fewer: %1</source>
        <translation>Moins : %1</translation>
    </message>
    <message>
        <location filename="../components/NumberStepper.qml" line="38" />
        <source>More: %1</source>
        <translation>Plus : %1</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="24" />
        <source>The PIN must have 6 to 12 digits.</source>
        <translation>Le code doit comporter de 6 à 12 chiffres.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="25" />
        <source>Type the same PIN again.</source>
        <translation>Tapez le même code une seconde fois.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="26" />
        <source>The two PINs differ. Please start again.</source>
        <translation>Les deux codes sont différents. Recommencez.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="33" />
        <source>Wrong PIN. %1 attempt(s) left before a lockout.</source>
        <translation>Code erroné. Encore %1 essai(s) avant le blocage.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Choose a supervisor PIN</source>
        <translation>Choisissez un code superviseur</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Supervisor PIN</source>
        <translation>Code superviseur</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="60" />
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Trop de codes erronés. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="78" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="79" />
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="93" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="17" />
        <source>No rejected cards.</source>
        <translation>Aucune fiche refusée.</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="48" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="59" />
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Really discard?</source>
        <translation>Vraiment supprimer ?</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="16" />
        <source>Please check your card</source>
        <translation>Vérifiez votre fiche</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="17" />
        <source>Confirm</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="38" />
        <source>Some information is missing or needs a correction. Please use “Change” on the part concerned.</source>
        <translation>Des informations manquent ou doivent être corrigées. Touchez « Modifier » sur la partie concernée.</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="39" />
        <source>Your card could not be saved. Please ask the reception desk for help.</source>
        <translation>Votre fiche n'a pas pu être enregistrée. Veuillez vous adresser à la réception.</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="45" />
        <source>About you</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="46" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="47" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="48" />
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="49" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="50" />
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="51" />
        <source>Address and stay</source>
        <translation>Adresse et séjour</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="52" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>Guests</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>%1 adult(s), %2 child(ren)</source>
        <translation>%1 adulte(s), %2 enfant(s)</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="58" />
        <source>Travelling with you</source>
        <translation>Vous accompagnent</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="60" />
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="61" />
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="62" />
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="63" />
        <source>Your choices</source>
        <translation>Vos choix</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>%1 accepted</source>
        <translation>%1 accepté(s)</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="88" />
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="89" />
        <source>Change: %1</source>
        <translation>Modifier : %1</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../components/ScreenPage.qml" line="17" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="95" />
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="170" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="11" />
        <source>Registration card rules</source>
        <translation>Règles de la fiche de police</translation>
    </message>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="31" />
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../components/SignaturePad.qml" line="18" />
        <source>Signature area</source>
        <translation>Zone de signature</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="14" />
        <source>Your signature</source>
        <translation>Votre signature</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="15" />
        <source>By signing, you confirm that the information on your card is correct.</source>
        <translation>En signant, vous certifiez que les informations de votre fiche sont exactes.</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="31" />
        <source>Sign with your finger in the white area.</source>
        <translation>Signez avec le doigt dans la zone blanche.</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="39" />
        <source>Clear and sign again</source>
        <translation>Effacer et signer à nouveau</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="15" />
        <source>Supervisor mode</source>
        <translation>Mode superviseur</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="25" />
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="26" />
        <source>Rejected cards (%1)</source>
        <translation>Fiches refusées (%1)</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="27" />
        <source>Enrolment</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="28" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="40" />
        <source>Exit the application</source>
        <translation>Quitter l'application</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="11" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="13" />
        <source>Cards waiting to be sent</source>
        <translation>Fiches en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="14" />
        <source>Rejected cards</source>
        <translation>Fiches refusées</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="15" />
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="16" />
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="19" />
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="20" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="24" />
        <source>Details</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Enrolled as “%1” for hotel %2</source>
        <translation>Enregistrée sous « %1 » pour l'hôtel %2</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Not enrolled</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="26" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="27" />
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you, %1!</source>
        <translation>Merci, %1 !</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="48" />
        <source>Your registration card is complete. The reception desk will give you your key. Enjoy your stay!</source>
        <translation>Votre fiche est complète. La réception va vous remettre votre clé. Bon séjour !</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="60" />
        <source>Next guest of this room</source>
        <translation>Client suivant de cette chambre</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="66" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../WelcomeScreen.qml" line="33" />
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../WelcomeScreen.qml" line="53" />
        <source>Choose your language to check in</source>
        <translation>Choisissez votre langue pour vous enregistrer</translation>
    </message>
</context>
</TS>