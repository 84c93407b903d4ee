<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AddressStayScreen</name>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <source>Your address and stay</source>
        <translation>Ihre Adresse und Ihr Aufenthalt</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <location filename="../screens/AddressStayScreen.qml" line="54" />
        <source>Your stay</source>
        <translation>Ihr Aufenthalt</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="28" />
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="33" />
        <source>Address line 2</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="38" />
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="44" />
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="49" />
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="68" />
        <source>Arrival</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="73" />
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="79" />
        <source>Adults</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="86" />
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Children under 15 travelling with you</source>
        <translation>Mitreisende Kinder unter 15 Jahren</translation>
    </message>
    <message>
        <source>People travelling with you</source>
        <translation>Mitreisende</translation>
    </message>
    <message>
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>Weitere Erwachsene und Kinder ab 15 Jahren füllen einen eigenen Meldeschein aus.</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../screens/BookingScreen.qml" line="16" />
        <source>Do you have a booking?</source>
        <translation>Haben Sie eine Buchung?</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="18" />
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="34" />
        <source>I have a booking</source>
        <translation>Ich habe eine Buchung</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="41" />
        <source>I don't have a booking</source>
        <translation>Ich habe keine Buchung</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="52" />
        <location filename="../screens/BookingScreen.qml" line="59" />
        <source>Booking reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="53" />
        <source>You find it in your confirmation e-mail.</source>
        <translation>Sie finden sie in Ihrer Bestätigungs-E-Mail.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="64" />
        <location filename="../screens/BookingScreen.qml" line="70" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="77" />
        <source>Find my booking</source>
        <translation>Meine Buchung suchen</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="97" />
        <source>We found your booking: arrival %1, departure %2. Please check and complete your card.</source>
        <translation>Wir haben Ihre Buchung gefunden: Anreise am %1, Abreise am %2. Bitte prüfen und ergänzen Sie Ihren Meldeschein.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="101" />
        <source>We could not find a booking with these details. Please check them, or continue and fill in your card.</source>
        <translation>Wir haben keine Buchung mit diesen Angaben gefunden. Bitte prüfen Sie sie oder fahren Sie fort und füllen Sie Ihren Meldeschein aus.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="102" />
        <source>The booking search is not available right now. Please continue and fill in your card.</source>
        <translation>Die Buchungssuche ist gerade nicht verfügbar. Bitte fahren Sie fort und füllen Sie Ihren Meldeschein aus.</translation>
    </message>
</context>
<context>
    <name>CompanionList</name>
    <message>
        <location filename="../components/CompanionList.qml" line="20" />
        <source>Children under 15 travelling with you</source>
        <translation>Mitreisende Kinder unter 15 Jahren</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="21" />
        <source>Children under 14 travelling with you</source>
        <translation>Mitreisende Kinder unter 14 Jahren</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="22" />
        <source>Your spouse or partner and children under 18 travelling with you</source>
        <translation>Mitreisende Ehe- oder Lebenspartner und Kinder unter 18 Jahren</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="23" />
        <source>Portuguese citizens travelling with you</source>
        <translation>Mitreisende portugiesische Staatsangehörige</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="24" />
        <source>People travelling with you</source>
        <translation>Mitreisende</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="34" />
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>Weitere Erwachsene und Kinder ab 15 Jahren füllen einen eigenen Meldeschein aus.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="35" />
        <source>Every guest from 14 fills in their own card, after this one.</source>
        <translation>Ab 14 Jahren füllt jeder Gast im Anschluss einen eigenen Meldeschein aus.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="36" />
        <source>Other adults fill in their own card, after this one.</source>
        <translation>Andere Erwachsene füllen im Anschluss einen eigenen Meldeschein aus.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="37" />
        <source>Every foreign guest, children included, fills in their own card, after this one.</source>
        <translation>Jeder ausländische Gast, auch Kinder, füllt im Anschluss einen eigenen Meldeschein aus.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="66" />
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="67" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="94" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="103" />
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="109" />
        <source>Relationship to you</source>
        <translation>Beziehung zu Ihnen</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="120" />
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="121" />
        <source>Spouse or partner</source>
        <translation>Ehe- oder Lebenspartner</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="122" />
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="133" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="14" />
        <source>Stay in touch?</source>
        <translation>In Kontakt bleiben?</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="15" />
        <source>These choices are optional. Your check-in does not depend on them, and you can change your mind at any time.</source>
        <translation>Diese Angaben sind freiwillig. Ihr Check-in hängt nicht davon ab, und Sie können Ihre Entscheidung jederzeit ändern.</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="66" />
        <source>Read the privacy notice</source>
        <translation>Datenschutzhinweis lesen</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="84" />
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="98" />
        <source>The hotel records your registration card because the law requires it, and keeps it only as long as the law says. Your e-mail address and phone number are used for your stay. Offers are sent only if you tick the boxes, and every message lets you unsubscribe in one click. You can ask the hotel at any time to see, correct or erase your data.</source>
        <translation>Das Hotel erfasst Ihren Meldeschein, weil das Gesetz es vorschreibt, und bewahrt ihn nur so lange auf, wie das Gesetz es vorsieht. Ihre E-Mail-Adresse und Telefonnummer werden für Ihren Aufenthalt verwendet. Angebote erhalten Sie nur, wenn Sie die Kästchen ankreuzen, und jede Nachricht ermöglicht die Abmeldung mit einem Klick. Sie können das Hotel jederzeit bitten, Ihre Daten einzusehen, zu berichtigen oder zu löschen.</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="103" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../screens/ContactScreen.qml" line="15" />
        <source>How can we reach you?</source>
        <translation>Wie können wir Sie erreichen?</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="16" />
        <source>For your invoice and messages about your stay.</source>
        <translation>Für Ihre Rechnung und Nachrichten zu Ihrem Aufenthalt.</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="22" />
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="39" />
        <source>This address was created by your booking website and forwards only some messages. Would you kindly give us your own e-mail address instead?</source>
        <translation>Diese Adresse wurde von Ihrer Buchungswebsite erstellt und leitet nur manche Nachrichten weiter. Würden Sie uns stattdessen freundlicherweise Ihre eigene E-Mail-Adresse geben?</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="51" />
        <source>Country code</source>
        <translation>Ländervorwahl</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="56" />
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../components/CountryField.qml" line="33" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../components/CountryPicker.qml" line="42" />
        <source>Type to search</source>
        <translation>Zum Suchen tippen</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="44" />
        <source>Search for a country</source>
        <translation>Land suchen</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="72" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="67" />
        <source>DD</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="72" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="82" />
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="87" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="97" />
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="102" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>DocumentTypeChooser</name>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="12" />
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="13" />
        <source>Identity card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="14" />
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="15" />
        <source>Driving licence</source>
        <translation>Führerschein</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="12" />
        <source>This tablet is enrolled as “%1” for hotel %2. Enrolling again replaces it.</source>
        <translation>Dieses Tablet ist als „%1“ für Hotel %2 registriert. Eine neue Registrierung ersetzt sie.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="13" />
        <source>This tablet is not enrolled yet. Ask your central operator for an enrolment code.</source>
        <translation>Dieses Tablet ist noch nicht registriert. Bitten Sie Ihre zentrale Verwaltung um einen Registrierungscode.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="21" />
        <location filename="../supervisor/EnrolPanel.qml" line="22" />
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="26" />
        <location filename="../supervisor/EnrolPanel.qml" line="27" />
        <source>Tablet name</source>
        <translation>Name des Tablets</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="33" />
        <source>Enrol this tablet</source>
        <translation>Dieses Tablet registrieren</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolled.</source>
        <translation>Registriert.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolment failed: %1</source>
        <translation>Registrierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <location filename="../components/FieldFrame.qml" line="18" />
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
</context>
<context>
    <name>FixCardScreen</name>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="16" />
        <source>Fix a rejected card</source>
        <translation>Abgelehnten Meldeschein korrigieren</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="17" />
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="25" />
        <source>Some fields still need a correction.</source>
        <translation>Einige Felder müssen noch korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="37" />
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="38" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="39" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="40" />
        <source>Place of birth (town, country)</source>
        <translation>Geburtsort (Stadt, Land)</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="41" />
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="42" />
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="43" />
        <source>Issuing country</source>
        <translation>Ausstellungsland</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="44" />
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="45" />
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="46" />
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="47" />
        <source>Address line 2</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="48" />
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="49" />
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="50" />
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="62" />
        <source>Arrival</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="63" />
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="64" />
        <source>Adults</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="65" />
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../components/FormField.qml" line="22" />
        <source>An e-mail address or a phone number is needed (one is enough).</source>
        <translation>Eine E-Mail-Adresse oder eine Telefonnummer ist nötig (eines genügt).</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="18" />
        <source>About you</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="19" />
        <source>As written in your passport or identity card.</source>
        <translation>Wie in Ihrem Reisepass oder Personalausweis angegeben.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="25" />
        <source>Passport or ID card code (optional)</source>
        <translation>Code des Reisepasses oder Ausweises (optional)</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="26" />
        <source>Your card has been filled in from the code. Please check it.</source>
        <translation>Ihr Meldeschein wurde aus dem Code ausgefüllt. Bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="27" />
        <source>Scan the code at the bottom of the photo page, or type its lines here.</source>
        <translation>Scannen Sie den Code unten auf der Seite mit dem Foto oder tippen Sie seine Zeilen hier ein.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="41" />
        <source>Passport or ID card code</source>
        <translation>Code des Reisepasses oder Ausweises</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="62" />
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="69" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="76" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="82" />
        <source>Place of birth (town, country)</source>
        <translation>Geburtsort (Stadt, Land)</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="88" />
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="98" />
        <source>Identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Führerschein</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="113" />
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="120" />
        <source>Issuing country</source>
        <translation>Ausstellungsland</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../components/IdleWarning.qml" line="23" />
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="32" />
        <source>For your privacy, this form will be cleared in %1 seconds.</source>
        <translation>Zum Schutz Ihrer Daten wird dieses Formular in %1 Sekunden gelöscht.</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="42" />
        <source>I'm still here</source>
        <translation>Ich bin noch da</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../components/LanguageMenu.qml" line="12" />
        <source>Change language</source>
        <translation>Sprache wechseln</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../Messages.qml" line="8" />
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="9" />
        <source>Please give an e-mail address or a phone number.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="10" />
        <source>Please enter a complete date: day, month and year.</source>
        <translation>Bitte geben Sie ein vollständiges Datum ein: Tag, Monat und Jahr.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="11" />
        <source>This date does not exist.</source>
        <translation>Dieses Datum gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="12" />
        <source>This date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="13" />
        <source>Please check the year.</source>
        <translation>Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14" />
        <source>This e-mail address is not complete or contains a typo.</source>
        <translation>Diese E-Mail-Adresse ist unvollständig oder enthält einen Tippfehler.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15" />
        <source>This phone number is not valid for the chosen country code.</source>
        <translation>Diese Nummer ist für die gewählte Ländervorwahl nicht gültig.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16" />
        <source>Please choose a country from the list.</source>
        <translation>Bitte wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17" />
        <source>The departure must be after the arrival.</source>
        <translation>Die Abreise muss nach der Anreise liegen.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="18" />
        <source>Please check this value.</source>
        <translation>Bitte prüfen Sie diesen Wert.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="19" />
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="20" />
        <location filename="../Messages.qml" line="21" />
        <source>Please remove the special characters.</source>
        <translation>Bitte entfernen Sie die Sonderzeichen.</translation>
    </message>
    <message>
        <source>From 15 years of age, a guest fills in their own card.</source>
        <translation type="vanished">Ab 15 Jahren füllt jeder Gast einen eigenen Meldeschein aus.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22" />
        <source>This person fills in their own card: please remove them from this list.</source>
        <translation>Diese Person füllt einen eigenen Meldeschein aus: Bitte entfernen Sie sie aus dieser Liste.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="23" />
        <source>The code could not be read correctly. Please scan it again or check what you typed.</source>
        <translation>Der Code konnte nicht richtig gelesen werden. Bitte scannen Sie ihn erneut oder prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24" />
        <source>This does not look like the code of a passport or identity card.</source>
        <translation>Das sieht nicht wie der Code eines Reisepasses oder Ausweises aus.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26" />
        <source>Please check this field.</source>
        <translation>Bitte prüfen Sie dieses Feld.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33" />
        <source>The server cannot be reached. The tablet keeps the cards and tries again by itself.</source>
        <translation>Der Server ist nicht erreichbar. Das Tablet behält die Meldescheine und versucht es selbst erneut.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34" />
        <source>The secure connection to the server failed (certificate). Please call technical support.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen (Zertifikat). Bitte rufen Sie den technischen Support an.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35" />
        <source>This tablet may no longer send cards. Please enrol it again (Enrolment).</source>
        <translation>Dieses Tablet darf keine Meldescheine mehr senden. Bitte registrieren Sie es erneut (Registrierung).</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="36" />
        <source>The tablet's local storage has a problem. Please call technical support.</source>
        <translation>Der lokale Speicher des Tablets hat ein Problem. Bitte rufen Sie den technischen Support an.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37" />
        <source>No sync server is set up on this tablet.</source>
        <translation>Auf diesem Tablet ist kein Synchronisationsserver eingerichtet.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="39" />
        <source>The server answered with an error. The tablet tries again by itself.</source>
        <translation>Der Server hat mit einem Fehler geantwortet. Das Tablet versucht es selbst erneut.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="47" />
        <source>Person %1: %2</source>
        <translation>Person %1: %2</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49" />
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52" />
        <source>Place of birth (town, country)</source>
        <translation>Geburtsort (Stadt, Land)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53" />
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54" />
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="55" />
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56" />
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57" />
        <source>Address line 2</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58" />
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59" />
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60" />
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="61" />
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62" />
        <source>Issuing country</source>
        <translation>Ausstellungsland</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63" />
        <source>Stay</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64" />
        <source>Arrival</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65" />
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66" />
        <source>Adults</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67" />
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68" />
        <source>Your signature</source>
        <translation>Ihre Unterschrift</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69" />
        <source>Booking reference</source>
        <translation>Buchungsnummer</translation>
    </message>
</context>
<context>
    <name>NumberStepper</name>
    <message>
        <location filename="../components/NumberStepper.qml" line="22" />
        <source>Fewer: %1</source>
        <translation>Weniger: %1</translation>
    </message>
    <message>
        <location filename="../components/NumberStepper.qml" line="38" />
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="24" />
        <source>The PIN must have 6 to 12 digits.</source>
        <translation>Die PIN muss 6 bis 12 Ziffern haben.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="25" />
        <source>Type the same PIN again.</source>
        <translation>Geben Sie dieselbe PIN noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="26" />
        <source>The two PINs differ. Please start again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Bitte beginnen Sie neu.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="33" />
        <source>Wrong PIN. %1 attempt(s) left before a lockout.</source>
        <translation>Falsche PIN. Noch %1 Versuch(e) bis zur Sperre.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Choose a supervisor PIN</source>
        <translation>Supervisor-PIN festlegen</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Supervisor PIN</source>
        <translation>Supervisor-PIN</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="60" />
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="78" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="79" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="93" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="17" />
        <source>No rejected cards.</source>
        <translation>Keine abgelehnten Meldescheine.</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="48" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="59" />
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Really discard?</source>
        <translation>Wirklich verwerfen?</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="16" />
        <source>Please check your card</source>
        <translation>Bitte prüfen Sie Ihren Meldeschein</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="17" />
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="38" />
        <source>Some information is missing or needs a correction. Please use “Change” on the part concerned.</source>
        <translation>Es fehlen Angaben oder sie müssen korrigiert werden. Tippen Sie beim betreffenden Teil auf „Ändern“.</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="39" />
        <source>Your card could not be saved. Please ask the reception desk for help.</source>
        <translation>Ihr Meldeschein konnte nicht gespeichert werden. Bitte wenden Sie sich an die Rezeption.</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="45" />
        <source>About you</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="46" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="47" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="48" />
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="49" />
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="50" />
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="51" />
        <source>Address and stay</source>
        <translation>Adresse und Aufenthalt</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="52" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>Stay</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>%1 adult(s), %2 child(ren)</source>
        <translation>%1 Erwachsene(r), %2 Kind(er)</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="58" />
        <source>Travelling with you</source>
        <translation>Mitreisende</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="60" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="61" />
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="62" />
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="63" />
        <source>Your choices</source>
        <translation>Ihre Auswahl</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>%1 accepted</source>
        <translation>%1 zugestimmt</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="88" />
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="89" />
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../components/ScreenPage.qml" line="17" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="95" />
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="170" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="11" />
        <source>Registration card rules</source>
        <translation>Regeln des Meldescheins</translation>
    </message>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="31" />
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../components/SignaturePad.qml" line="18" />
        <source>Signature area</source>
        <translation>Unterschriftsfeld</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="14" />
        <source>Your signature</source>
        <translation>Ihre Unterschrift</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="15" />
        <source>By signing, you confirm that the information on your card is correct.</source>
        <translation>Mit Ihrer Unterschrift bestätigen Sie, dass die Angaben auf Ihrem Meldeschein richtig sind.</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="31" />
        <source>Sign with your finger in the white area.</source>
        <translation>Unterschreiben Sie mit dem Finger im weißen Feld.</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="39" />
        <source>Clear and sign again</source>
        <translation>Löschen und neu unterschreiben</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="15" />
        <source>Supervisor mode</source>
        <translation>Supervisor-Modus</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="25" />
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="26" />
        <source>Rejected cards (%1)</source>
        <translation>Abgelehnte Meldescheine (%1)</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="27" />
        <source>Enrolment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="28" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="40" />
        <source>Exit the application</source>
        <translation>Anwendung beenden</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="11" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="13" />
        <source>Cards waiting to be sent</source>
        <translation>Noch zu sendende Meldescheine</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="14" />
        <source>Rejected cards</source>
        <translation>Abgelehnte Meldescheine</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="15" />
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="16" />
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="19" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="20" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="24" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Enrolled as “%1” for hotel %2</source>
        <translation>Registriert als „%1“ für Hotel %2</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Not enrolled</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="26" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="27" />
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you, %1!</source>
        <translation>Vielen Dank, %1!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="48" />
        <source>Your registration card is complete. The reception desk will give you your key. Enjoy your stay!</source>
        <translation>Ihr Meldeschein ist vollständig. Die Rezeption übergibt Ihnen Ihren Schlüssel. Einen schönen Aufenthalt!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="60" />
        <source>Next guest of this room</source>
        <translation>Nächster Gast dieses Zimmers</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="66" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../WelcomeScreen.qml" line="33" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../WelcomeScreen.qml" line="53" />
        <source>Choose your language to check in</source>
        <translation>Wählen Sie Ihre Sprache für den Check-in</translation>
    </message>
</context>
</TS>