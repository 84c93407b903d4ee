<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
<context>
    <name>AddressStayScreen</name>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <source>Your address and stay</source>
        <translation>Indirizzo e soggiorno</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <location filename="../screens/AddressStayScreen.qml" line="54" />
        <source>Your stay</source>
        <translation>Il suo soggiorno</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="28" />
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="33" />
        <source>Address line 2</source>
        <translation>Indirizzo (riga 2)</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="38" />
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="44" />
        <source>Town or city</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="49" />
        <source>Country of residence</source>
        <translation>Paese di residenza</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="68" />
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="73" />
        <source>Departure</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="79" />
        <source>Adults</source>
        <translation>Adulti</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="86" />
        <source>Children</source>
        <translation>Bambini</translation>
    </message>
    <message>
        <source>Children under 15 travelling with you</source>
        <translation>Bambini sotto i 15 anni che viaggiano con lei</translation>
    </message>
    <message>
        <source>People travelling with you</source>
        <translation>Persone che viaggiano con lei</translation>
    </message>
    <message>
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>Gli altri adulti e i ragazzi dai 15 anni compilano la propria scheda.</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Aggiungi un bambino</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../screens/BookingScreen.qml" line="16" />
        <source>Do you have a booking?</source>
        <translation>Ha una prenotazione?</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="18" />
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="34" />
        <source>I have a booking</source>
        <translation>Ho una prenotazione</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="41" />
        <source>I don't have a booking</source>
        <translation>Non ho una prenotazione</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="52" />
        <location filename="../screens/BookingScreen.qml" line="59" />
        <source>Booking reference</source>
        <translation>Numero di prenotazione</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="53" />
        <source>You find it in your confirmation e-mail.</source>
        <translation>Lo trova nell'e-mail di conferma.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="64" />
        <location filename="../screens/BookingScreen.qml" line="70" />
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="77" />
        <source>Find my booking</source>
        <translation>Trova la mia prenotazione</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="97" />
        <source>We found your booking: arrival %1, departure %2. Please check and complete your card.</source>
        <translation>Abbiamo trovato la sua prenotazione: arrivo il %1, partenza il %2. Controlli e completi la sua scheda.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="101" />
        <source>We could not find a booking with these details. Please check them, or continue and fill in your card.</source>
        <translation>Non abbiamo trovato prenotazioni con questi dati. Li controlli, oppure continui e compili la sua scheda.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="102" />
        <source>The booking search is not available right now. Please continue and fill in your card.</source>
        <translation>La ricerca della prenotazione non è disponibile al momento. Continui e compili la sua scheda.</translation>
    </message>
</context>
<context>
    <name>CompanionList</name>
    <message>
        <location filename="../components/CompanionList.qml" line="20" />
        <source>Children under 15 travelling with you</source>
        <translation>Bambini sotto i 15 anni che viaggiano con lei</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="21" />
        <source>Children under 14 travelling with you</source>
        <translation>Bambini sotto i 14 anni che viaggiano con lei</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="22" />
        <source>Your spouse or partner and children under 18 travelling with you</source>
        <translation>Coniuge o partner e figli sotto i 18 anni che viaggiano con lei</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="23" />
        <source>Portuguese citizens travelling with you</source>
        <translation>Cittadini portoghesi che viaggiano con lei</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="24" />
        <source>People travelling with you</source>
        <translation>Persone che viaggiano con lei</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="34" />
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>Gli altri adulti e i ragazzi dai 15 anni compilano la propria scheda.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="35" />
        <source>Every guest from 14 fills in their own card, after this one.</source>
        <translation>Dai 14 anni in su, ogni ospite compila la propria scheda, dopo questa.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="36" />
        <source>Other adults fill in their own card, after this one.</source>
        <translation>Gli altri adulti compilano la propria scheda, dopo questa.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="37" />
        <source>Every foreign guest, children included, fills in their own card, after this one.</source>
        <translation>Ogni ospite straniero, bambini compresi, compila la propria scheda, dopo questa.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="66" />
        <source>First names</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="67" />
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="94" />
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="103" />
        <source>Nationality</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="109" />
        <source>Relationship to you</source>
        <translation>Rapporto con lei</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="120" />
        <source>Child</source>
        <translation>Figlio o figlia</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="121" />
        <source>Spouse or partner</source>
        <translation>Coniuge o partner</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="122" />
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="133" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a child</source>
        <translation>Aggiungi un bambino</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="14" />
        <source>Stay in touch?</source>
        <translation>Restiamo in contatto?</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="15" />
        <source>These choices are optional. Your check-in does not depend on them, and you can change your mind at any time.</source>
        <translation>Queste scelte sono facoltative. Il check-in non dipende da esse e può cambiare idea in qualsiasi momento.</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="66" />
        <source>Read the privacy notice</source>
        <translation>Leggi l'informativa sulla privacy</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="84" />
        <source>Privacy notice</source>
        <translation>Informativa sulla privacy</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="98" />
        <source>The hotel records your registration card because the law requires it, and keeps it only as long as the law says. Your e-mail address and phone number are used for your stay. Offers are sent only if you tick the boxes, and every message lets you unsubscribe in one click. You can ask the hotel at any time to see, correct or erase your data.</source>
        <translation>L'hotel registra la sua scheda perché la legge lo impone e la conserva solo per il tempo previsto dalla legge. Il suo indirizzo e-mail e il suo numero di telefono servono per il soggiorno. Le offerte le vengono inviate solo se spunta le caselle, e ogni messaggio permette di annullare l'iscrizione con un clic. Può chiedere in qualsiasi momento all'hotel di consultare, correggere o cancellare i suoi dati.</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="103" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../screens/ContactScreen.qml" line="15" />
        <source>How can we reach you?</source>
        <translation>Come possiamo contattarla?</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="16" />
        <source>For your invoice and messages about your stay.</source>
        <translation>Per la fattura e i messaggi sul suo soggiorno.</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="22" />
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="39" />
        <source>This address was created by your booking website and forwards only some messages. Would you kindly give us your own e-mail address instead?</source>
        <translation>Questo indirizzo è stato creato dal sito di prenotazione e inoltra solo alcuni messaggi. Potrebbe gentilmente indicarci il suo indirizzo e-mail personale?</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="51" />
        <source>Country code</source>
        <translation>Prefisso internazionale</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="56" />
        <source>Mobile phone</source>
        <translation>Cellulare</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../components/CountryField.qml" line="33" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../components/CountryPicker.qml" line="42" />
        <source>Type to search</source>
        <translation>Digiti per cercare</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="44" />
        <source>Search for a country</source>
        <translation>Cerca un paese</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="72" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="67" />
        <source>DD</source>
        <translation>GG</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="72" />
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="82" />
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="87" />
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="97" />
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="102" />
        <source>Year</source>
        <translation>Anno</translation>
    </message>
</context>
<context>
    <name>DocumentTypeChooser</name>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="12" />
        <source>Passport</source>
        <translation>Passaporto</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="13" />
        <source>Identity card</source>
        <translation>Carta d'identità</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="14" />
        <source>Residence permit</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="15" />
        <source>Driving licence</source>
        <translation>Patente di guida</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="12" />
        <source>This tablet is enrolled as “%1” for hotel %2. Enrolling again replaces it.</source>
        <translation>Questo tablet è registrato come «%1» per l'hotel %2. Una nuova registrazione lo sostituisce.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="13" />
        <source>This tablet is not enrolled yet. Ask your central operator for an enrolment code.</source>
        <translation>Questo tablet non è ancora registrato. Chieda un codice di registrazione all'operatore centrale.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="21" />
        <location filename="../supervisor/EnrolPanel.qml" line="22" />
        <source>Enrolment code</source>
        <translation>Codice di registrazione</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="26" />
        <location filename="../supervisor/EnrolPanel.qml" line="27" />
        <source>Tablet name</source>
        <translation>Nome del tablet</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="33" />
        <source>Enrol this tablet</source>
        <translation>Registra questo tablet</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolled.</source>
        <translation>Tablet registrato.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolment failed: %1</source>
        <translation>Registrazione non riuscita: %1</translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <location filename="../components/FieldFrame.qml" line="18" />
        <source>%1 (optional)</source>
        <translation>%1 (facoltativo)</translation>
    </message>
</context>
<context>
    <name>FixCardScreen</name>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="16" />
        <source>Fix a rejected card</source>
        <translation>Correggi una scheda respinta</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="17" />
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="25" />
        <source>Some fields still need a correction.</source>
        <translation>Alcuni campi devono ancora essere corretti.</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="37" />
        <source>First names</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="38" />
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="39" />
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="40" />
        <source>Place of birth (town, country)</source>
        <translation>Luogo di nascita (città, paese)</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="41" />
        <source>Nationality</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="42" />
        <source>Document number</source>
        <translation>Numero del documento</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="43" />
        <source>Issuing country</source>
        <translation>Paese di rilascio</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="44" />
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="45" />
        <source>Mobile phone</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="46" />
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="47" />
        <source>Address line 2</source>
        <translation>Indirizzo (riga 2)</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="48" />
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="49" />
        <source>Town or city</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="50" />
        <source>Country of residence</source>
        <translation>Paese di residenza</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="62" />
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="63" />
        <source>Departure</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="64" />
        <source>Adults</source>
        <translation>Adulti</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="65" />
        <source>Children</source>
        <translation>Bambini</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../components/FormField.qml" line="22" />
        <source>An e-mail address or a phone number is needed (one is enough).</source>
        <translation>Serve un indirizzo e-mail o un numero di telefono (ne basta uno).</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="18" />
        <source>About you</source>
        <translation>I suoi dati</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="19" />
        <source>As written in your passport or identity card.</source>
        <translation>Come riportati sul passaporto o sulla carta d'identità.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="25" />
        <source>Passport or ID card code (optional)</source>
        <translation>Codice del passaporto o della carta d'identità (facoltativo)</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="26" />
        <source>Your card has been filled in from the code. Please check it.</source>
        <translation>La scheda è stata compilata dal codice. La controlli.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="27" />
        <source>Scan the code at the bottom of the photo page, or type its lines here.</source>
        <translation>Scansioni il codice in fondo alla pagina con la foto, oppure ne digiti le righe qui.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="41" />
        <source>Passport or ID card code</source>
        <translation>Codice del passaporto o della carta d'identità</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="62" />
        <source>First names</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="69" />
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="76" />
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="82" />
        <source>Place of birth (town, country)</source>
        <translation>Luogo di nascita (città, paese)</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="88" />
        <source>Nationality</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="98" />
        <source>Identity document</source>
        <translation>Documento d'identità</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passaporto</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carta d'identità</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Patente di guida</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="113" />
        <source>Document number</source>
        <translation>Numero del documento</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="120" />
        <source>Issuing country</source>
        <translation>Paese di rilascio</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../components/IdleWarning.qml" line="23" />
        <source>Are you still there?</source>
        <translation>È ancora qui?</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="32" />
        <source>For your privacy, this form will be cleared in %1 seconds.</source>
        <translation>Per la sua privacy, questo modulo verrà cancellato tra %1 secondi.</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="42" />
        <source>I'm still here</source>
        <translation>Sono ancora qui</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../components/LanguageMenu.qml" line="12" />
        <source>Change language</source>
        <translation>Cambia lingua</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../Messages.qml" line="8" />
        <source>Please fill in this field.</source>
        <translation>Compili questo campo.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="9" />
        <source>Please give an e-mail address or a phone number.</source>
        <translation>Indichi un indirizzo e-mail o un numero di telefono.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="10" />
        <source>Please enter a complete date: day, month and year.</source>
        <translation>Inserisca una data completa: giorno, mese e anno.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="11" />
        <source>This date does not exist.</source>
        <translation>Questa data non esiste.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="12" />
        <source>This date is in the future.</source>
        <translation>Questa data è nel futuro.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="13" />
        <source>Please check the year.</source>
        <translation>Controlli l'anno.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14" />
        <source>This e-mail address is not complete or contains a typo.</source>
        <translation>Questo indirizzo e-mail è incompleto o contiene un errore di battitura.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15" />
        <source>This phone number is not valid for the chosen country code.</source>
        <translation>Questo numero non è valido per il prefisso scelto.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16" />
        <source>Please choose a country from the list.</source>
        <translation>Scelga un paese dall'elenco.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17" />
        <source>The departure must be after the arrival.</source>
        <translation>La partenza deve essere successiva all'arrivo.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="18" />
        <source>Please check this value.</source>
        <translation>Controlli questo valore.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="19" />
        <source>This is too long.</source>
        <translation>È troppo lungo.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="20" />
        <location filename="../Messages.qml" line="21" />
        <source>Please remove the special characters.</source>
        <translation>Rimuova i caratteri speciali.</translation>
    </message>
    <message>
        <source>From 15 years of age, a guest fills in their own card.</source>
        <translation type="vanished">Dai 15 anni in su, ogni ospite compila la propria scheda.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22" />
        <source>This person fills in their own card: please remove them from this list.</source>
        <translation>Questa persona compila la propria scheda: la tolga da questo elenco.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="23" />
        <source>The code could not be read correctly. Please scan it again or check what you typed.</source>
        <translation>Non è stato possibile leggere bene il codice. Lo scansioni di nuovo o controlli quanto digitato.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24" />
        <source>This does not look like the code of a passport or identity card.</source>
        <translation>Questo non sembra il codice di un passaporto o di una carta d'identità.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26" />
        <source>Please check this field.</source>
        <translation>Controlli questo campo.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33" />
        <source>The server cannot be reached. The tablet keeps the cards and tries again by itself.</source>
        <translation>Il server non è raggiungibile. Il tablet conserva le schede e riprova da solo.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34" />
        <source>The secure connection to the server failed (certificate). Please call technical support.</source>
        <translation>La connessione sicura al server non è riuscita (certificato). Contatti l'assistenza tecnica.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35" />
        <source>This tablet may no longer send cards. Please enrol it again (Enrolment).</source>
        <translation>Questo tablet non può più inviare schede. Lo registri di nuovo (Registrazione).</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="36" />
        <source>The tablet's local storage has a problem. Please call technical support.</source>
        <translation>La memoria locale del tablet ha un problema. Contatti l'assistenza tecnica.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37" />
        <source>No sync server is set up on this tablet.</source>
        <translation>Su questo tablet non è configurato alcun server di sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="39" />
        <source>The server answered with an error. The tablet tries again by itself.</source>
        <translation>Il server ha risposto con un errore. Il tablet riprova da solo.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="47" />
        <source>Person %1: %2</source>
        <translation>Persona %1: %2</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49" />
        <source>First names</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50" />
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51" />
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52" />
        <source>Place of birth (town, country)</source>
        <translation>Luogo di nascita (città, paese)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53" />
        <source>Nationality</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54" />
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="55" />
        <source>Mobile phone</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56" />
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57" />
        <source>Address line 2</source>
        <translation>Indirizzo (riga 2)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58" />
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59" />
        <source>Town or city</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60" />
        <source>Country of residence</source>
        <translation>Paese di residenza</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="61" />
        <source>Document number</source>
        <translation>Numero del documento</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62" />
        <source>Issuing country</source>
        <translation>Paese di rilascio</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63" />
        <source>Stay</source>
        <translation>Soggiorno</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64" />
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65" />
        <source>Departure</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66" />
        <source>Adults</source>
        <translation>Adulti</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67" />
        <source>Children</source>
        <translation>Bambini</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68" />
        <source>Your signature</source>
        <translation>La sua firma</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69" />
        <source>Booking reference</source>
        <translation>Numero di prenotazione</translation>
    </message>
</context>
<context>
    <name>NumberStepper</name>
    <message>
        <location filename="../components/NumberStepper.qml" line="22" />
        <source>Fewer: %1</source>
        <translation>Meno: %1</translation>
    </message>
    <message>
        <location filename="../components/NumberStepper.qml" line="38" />
        <source>More: %1</source>
        <translation>Più: %1</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="24" />
        <source>The PIN must have 6 to 12 digits.</source>
        <translation>Il PIN deve avere da 6 a 12 cifre.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="25" />
        <source>Type the same PIN again.</source>
        <translation>Digiti di nuovo lo stesso PIN.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="26" />
        <source>The two PINs differ. Please start again.</source>
        <translation>I due PIN non coincidono. Ricominci.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="33" />
        <source>Wrong PIN. %1 attempt(s) left before a lockout.</source>
        <translation>PIN errato. Restano %1 tentativo/i prima del blocco.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Choose a supervisor PIN</source>
        <translation>Scelga un PIN supervisore</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Supervisor PIN</source>
        <translation>PIN supervisore</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="60" />
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Troppi PIN errati. Riprovi tra %1 s.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="78" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="79" />
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="93" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="17" />
        <source>No rejected cards.</source>
        <translation>Nessuna scheda respinta.</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="48" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="59" />
        <source>Fix</source>
        <translation>Correggi</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Really discard?</source>
        <translation>Eliminare davvero?</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Discard</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="16" />
        <source>Please check your card</source>
        <translation>Controlli la sua scheda</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="17" />
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="38" />
        <source>Some information is missing or needs a correction. Please use “Change” on the part concerned.</source>
        <translation>Mancano alcune informazioni o vanno corrette. Tocchi «Modifica» nella parte interessata.</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="39" />
        <source>Your card could not be saved. Please ask the reception desk for help.</source>
        <translation>Non è stato possibile salvare la scheda. Chieda aiuto alla reception.</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="45" />
        <source>About you</source>
        <translation>I suoi dati</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="46" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="47" />
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="48" />
        <source>Place of birth</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="49" />
        <source>Nationality</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="50" />
        <source>Document number</source>
        <translation>Numero del documento</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="51" />
        <source>Address and stay</source>
        <translation>Indirizzo e soggiorno</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="52" />
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>Stay</source>
        <translation>Soggiorno</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>Guests</source>
        <translation>Ospiti</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>%1 adult(s), %2 child(ren)</source>
        <translation>%1 adulto/i, %2 bambino/i</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="58" />
        <source>Travelling with you</source>
        <translation>Viaggiano con lei</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="60" />
        <source>Contact</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="61" />
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="62" />
        <source>Mobile phone</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="63" />
        <source>Your choices</source>
        <translation>Le sue scelte</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>Offers</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>%1 accepted</source>
        <translation>%1 accettato/i</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="88" />
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="89" />
        <source>Change: %1</source>
        <translation>Modifica: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../components/ScreenPage.qml" line="17" />
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="95" />
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="170" />
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="11" />
        <source>Registration card rules</source>
        <translation>Regole della scheda di registrazione</translation>
    </message>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="31" />
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../components/SignaturePad.qml" line="18" />
        <source>Signature area</source>
        <translation>Area della firma</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="14" />
        <source>Your signature</source>
        <translation>La sua firma</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="15" />
        <source>By signing, you confirm that the information on your card is correct.</source>
        <translation>Firmando, conferma che i dati della scheda sono corretti.</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="31" />
        <source>Sign with your finger in the white area.</source>
        <translation>Firmi con il dito nell'area bianca.</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="39" />
        <source>Clear and sign again</source>
        <translation>Cancella e firma di nuovo</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="15" />
        <source>Supervisor mode</source>
        <translation>Modalità supervisore</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="25" />
        <source>Sync status</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="26" />
        <source>Rejected cards (%1)</source>
        <translation>Schede respinte (%1)</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="27" />
        <source>Enrolment</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="28" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="40" />
        <source>Exit the application</source>
        <translation>Esci dall'applicazione</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="11" />
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="13" />
        <source>Cards waiting to be sent</source>
        <translation>Schede in attesa di invio</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="14" />
        <source>Rejected cards</source>
        <translation>Schede respinte</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="15" />
        <source>Last successful sync</source>
        <translation>Ultima sincronizzazione riuscita</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="16" />
        <source>Last attempt</source>
        <translation>Ultimo tentativo</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="19" />
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="20" />
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="24" />
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Enrolled as “%1” for hotel %2</source>
        <translation>Registrato come «%1» per l'hotel %2</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Not enrolled</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="26" />
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="27" />
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you, %1!</source>
        <translation>Grazie, %1!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you!</source>
        <translation>Grazie!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="48" />
        <source>Your registration card is complete. The reception desk will give you your key. Enjoy your stay!</source>
        <translation>La sua scheda è completa. La reception le consegnerà la chiave. Buon soggiorno!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="60" />
        <source>Next guest of this room</source>
        <translation>Prossimo ospite di questa camera</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="66" />
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../WelcomeScreen.qml" line="33" />
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <location filename="../WelcomeScreen.qml" line="53" />
        <source>Choose your language to check in</source>
        <translation>Scelga la sua lingua per il check-in</translation>
    </message>
</context>
</TS>