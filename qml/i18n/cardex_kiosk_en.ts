<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AddressStayScreen</name>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <source>Your address and stay</source>
        <translation>Your address and stay</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <location filename="../screens/AddressStayScreen.qml" line="54" />
        <source>Your stay</source>
        <translation>Your stay</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="28" />
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="33" />
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="38" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="44" />
        <source>Town or city</source>
        <translation>Town or city</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="49" />
        <source>Country of residence</source>
        <translation>Country of residence</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="68" />
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="73" />
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="79" />
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="86" />
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Children under 15 travelling with you</source>
        <translation>Children under 15 travelling with you</translation>
    </message>
    <message>
        <source>People travelling with you</source>
        <translation>People travelling with you</translation>
    </message>
    <message>
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>Other adults and children from 15 fill in their own card.</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date of birth (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../screens/BookingScreen.qml" line="16" />
        <source>Do you have a booking?</source>
        <translation>Do you have a booking?</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="18" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="34" />
        <source>I have a booking</source>
        <translation>I have a booking</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="41" />
        <source>I don't have a booking</source>
        <translation>I don't have a booking</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="52" />
        <location filename="../screens/BookingScreen.qml" line="59" />
        <source>Booking reference</source>
        <translation>Booking reference</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="53" />
        <source>You find it in your confirmation e-mail.</source>
        <translation>You find it in your confirmation e-mail.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="64" />
        <location filename="../screens/BookingScreen.qml" line="70" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="77" />
        <source>Find my booking</source>
        <translation>Find my booking</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="97" />
        <source>We found your booking: arrival %1, departure %2. Please check and complete your card.</source>
        <translation>We found your booking: arrival %1, departure %2. Please check and complete your card.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="101" />
        <source>We could not find a booking with these details. Please check them, or continue and fill in your card.</source>
        <translation>We could not find a booking with these details. Please check them, or continue and fill in your card.</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="102" />
        <source>The booking search is not available right now. Please continue and fill in your card.</source>
        <translation>The booking search is not available right now. Please continue and fill in your card.</translation>
    </message>
</context>
<context>
    <name>CompanionList</name>
    <message>
        <location filename="../components/CompanionList.qml" line="20" />
        <source>Children under 15 travelling with you</source>
        <translation>Children under 15 travelling with you</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="21" />
        <source>Children under 14 travelling with you</source>
        <translation>Children under 14 travelling with you</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="22" />
        <source>Your spouse or partner and children under 18 travelling with you</source>
        <translation>Your spouse or partner and children under 18 travelling with you</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="23" />
        <source>Portuguese citizens travelling with you</source>
        <translation>Portuguese citizens travelling with you</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="24" />
        <source>People travelling with you</source>
        <translation>People travelling with you</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="34" />
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>Other adults and children from 15 fill in their own card.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="35" />
        <source>Every guest from 14 fills in their own card, after this one.</source>
        <translation>Every guest from 14 fills in their own card, after this one.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="36" />
        <source>Other adults fill in their own card, after this one.</source>
        <translation>Other adults fill in their own card, after this one.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="37" />
        <source>Every foreign guest, children included, fills in their own card, after this one.</source>
        <translation>Every foreign guest, children included, fills in their own card, after this one.</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="66" />
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="67" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="94" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="103" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="109" />
        <source>Relationship to you</source>
        <translation>Relationship to you</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="120" />
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="121" />
        <source>Spouse or partner</source>
        <translation>Spouse or partner</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="122" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="133" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="14" />
        <source>Stay in touch?</source>
        <translation>Stay in touch?</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="15" />
        <source>These choices are optional. Your check-in does not depend on them, and you can change your mind at any time.</source>
        <translation>These choices are optional. Your check-in does not depend on them, and you can change your mind at any time.</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="66" />
        <source>Read the privacy notice</source>
        <translation>Read the privacy notice</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="84" />
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="98" />
        <source>The hotel records your registration card because the law requires it, and keeps it only as long as the law says. Your e-mail address and phone number are used for your stay. Offers are sent only if you tick the boxes, and every message lets you unsubscribe in one click. You can ask the hotel at any time to see, correct or erase your data.</source>
        <translation>The hotel records your registration card because the law requires it, and keeps it only as long as the law says. Your e-mail address and phone number are used for your stay. Offers are sent only if you tick the boxes, and every message lets you unsubscribe in one click. You can ask the hotel at any time to see, correct or erase your data.</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="103" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../screens/ContactScreen.qml" line="15" />
        <source>How can we reach you?</source>
        <translation>How can we reach you?</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="16" />
        <source>For your invoice and messages about your stay.</source>
        <translation>For your invoice and messages about your stay.</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="22" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="39" />
        <source>This address was created by your booking website and forwards only some messages. Would you kindly give us your own e-mail address instead?</source>
        <translation>This address was created by your booking website and forwards only some messages. Would you kindly give us your own e-mail address instead?</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="51" />
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="56" />
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../components/CountryField.qml" line="33" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../components/CountryPicker.qml" line="42" />
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="44" />
        <source>Search for a country</source>
        <translation>Search for a country</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="72" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="67" />
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="72" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="82" />
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="87" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="97" />
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="102" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>DocumentTypeChooser</name>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="12" />
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="13" />
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="14" />
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="15" />
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="12" />
        <source>This tablet is enrolled as “%1” for hotel %2. Enrolling again replaces it.</source>
        <translation>This tablet is enrolled as “%1” for hotel %2. Enrolling again replaces it.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="13" />
        <source>This tablet is not enrolled yet. Ask your central operator for an enrolment code.</source>
        <translation>This tablet is not enrolled yet. Ask your central operator for an enrolment code.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="21" />
        <location filename="../supervisor/EnrolPanel.qml" line="22" />
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="26" />
        <location filename="../supervisor/EnrolPanel.qml" line="27" />
        <source>Tablet name</source>
        <translation>Tablet name</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="33" />
        <source>Enrol this tablet</source>
        <translation>Enrol this tablet</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolled.</source>
        <translation>Enrolled.</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolment failed: %1</source>
        <translation>Enrolment failed: %1</translation>
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
        <translation>Fix a rejected card</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="17" />
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="25" />
        <source>Some fields still need a correction.</source>
        <translation>Some fields still need a correction.</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="37" />
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="38" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="39" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="40" />
        <source>Place of birth (town, country)</source>
        <translation>Place of birth (town, country)</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="41" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="42" />
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="43" />
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="44" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="45" />
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="46" />
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="47" />
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="48" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="49" />
        <source>Town or city</source>
        <translation>Town or city</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="50" />
        <source>Country of residence</source>
        <translation>Country of residence</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="62" />
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="63" />
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="64" />
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="65" />
        <source>Children</source>
        <translation>Children</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../components/FormField.qml" line="22" />
        <source>An e-mail address or a phone number is needed (one is enough).</source>
        <translation>An e-mail address or a phone number is needed (one is enough).</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="18" />
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="19" />
        <source>As written in your passport or identity card.</source>
        <translation>As written in your passport or identity card.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="25" />
        <source>Passport or ID card code (optional)</source>
        <translation>Passport or ID card code (optional)</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="26" />
        <source>Your card has been filled in from the code. Please check it.</source>
        <translation>Your card has been filled in from the code. Please check it.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="27" />
        <source>Scan the code at the bottom of the photo page, or type its lines here.</source>
        <translation>Scan the code at the bottom of the photo page, or type its lines here.</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="41" />
        <source>Passport or ID card code</source>
        <translation>Passport or ID card code</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="62" />
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="69" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="76" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="82" />
        <source>Place of birth (town, country)</source>
        <translation>Place of birth (town, country)</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="88" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="98" />
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="113" />
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="120" />
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../components/IdleWarning.qml" line="23" />
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="32" />
        <source>For your privacy, this form will be cleared in %1 seconds.</source>
        <translation>For your privacy, this form will be cleared in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="42" />
        <source>I'm still here</source>
        <translation>I'm still here</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../components/LanguageMenu.qml" line="12" />
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../Messages.qml" line="8" />
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="9" />
        <source>Please give an e-mail address or a phone number.</source>
        <translation>Please give an e-mail address or a phone number.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="10" />
        <source>Please enter a complete date: day, month and year.</source>
        <translation>Please enter a complete date: day, month and year.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="11" />
        <source>This date does not exist.</source>
        <translation>This date does not exist.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="12" />
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="13" />
        <source>Please check the year.</source>
        <translation>Please check the year.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14" />
        <source>This e-mail address is not complete or contains a typo.</source>
        <translation>This e-mail address is not complete or contains a typo.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15" />
        <source>This phone number is not valid for the chosen country code.</source>
        <translation>This phone number is not valid for the chosen country code.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16" />
        <source>Please choose a country from the list.</source>
        <translation>Please choose a country from the list.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17" />
        <source>The departure must be after the arrival.</source>
        <translation>The departure must be after the arrival.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="18" />
        <source>Please check this value.</source>
        <translation>Please check this value.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="19" />
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="20" />
        <location filename="../Messages.qml" line="21" />
        <source>Please remove the special characters.</source>
        <translation>Please remove the special characters.</translation>
    </message>
    <message>
        <source>From 15 years of age, a guest fills in their own card.</source>
        <translation>From 15 years of age, a guest fills in their own card.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22" />
        <source>This person fills in their own card: please remove them from this list.</source>
        <translation>This person fills in their own card: please remove them from this list.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="23" />
        <source>The code could not be read correctly. Please scan it again or check what you typed.</source>
        <translation>The code could not be read correctly. Please scan it again or check what you typed.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24" />
        <source>This does not look like the code of a passport or identity card.</source>
        <translation>This does not look like the code of a passport or identity card.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26" />
        <source>Please check this field.</source>
        <translation>Please check this field.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33" />
        <source>The server cannot be reached. The tablet keeps the cards and tries again by itself.</source>
        <translation>The server cannot be reached. The tablet keeps the cards and tries again by itself.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34" />
        <source>The secure connection to the server failed (certificate). Please call technical support.</source>
        <translation>The secure connection to the server failed (certificate). Please call technical support.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35" />
        <source>This tablet may no longer send cards. Please enrol it again (Enrolment).</source>
        <translation>This tablet may no longer send cards. Please enrol it again (Enrolment).</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="36" />
        <source>The tablet's local storage has a problem. Please call technical support.</source>
        <translation>The tablet's local storage has a problem. Please call technical support.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37" />
        <source>No sync server is set up on this tablet.</source>
        <translation>No sync server is set up on this tablet.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="39" />
        <source>The server answered with an error. The tablet tries again by itself.</source>
        <translation>The server answered with an error. The tablet tries again by itself.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="47" />
        <source>Person %1: %2</source>
        <translation>Person %1: %2</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49" />
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52" />
        <source>Place of birth (town, country)</source>
        <translation>Place of birth (town, country)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="55" />
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56" />
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57" />
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59" />
        <source>Town or city</source>
        <translation>Town or city</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60" />
        <source>Country of residence</source>
        <translation>Country of residence</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="61" />
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62" />
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63" />
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64" />
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65" />
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66" />
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67" />
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68" />
        <source>Your signature</source>
        <translation>Your signature</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69" />
        <source>Booking reference</source>
        <translation>Booking reference</translation>
    </message>
</context>
<context>
    <name>NumberStepper</name>
    <message>
        <location filename="../components/NumberStepper.qml" line="22" />
        <source>Fewer: %1</source>
        <translation>Fewer: %1</translation>
    </message>
    <message>
        <location filename="../components/NumberStepper.qml" line="38" />
        <source>More: %1</source>
        <translation>More: %1</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="24" />
        <source>The PIN must have 6 to 12 digits.</source>
        <translation>The PIN must have 6 to 12 digits.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="25" />
        <source>Type the same PIN again.</source>
        <translation>Type the same PIN again.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="26" />
        <source>The two PINs differ. Please start again.</source>
        <translation>The two PINs differ. Please start again.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="33" />
        <source>Wrong PIN. %1 attempt(s) left before a lockout.</source>
        <translation>Wrong PIN. %1 attempt(s) left before a lockout.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Choose a supervisor PIN</source>
        <translation>Choose a supervisor PIN</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Supervisor PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="60" />
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Too many wrong PINs. Try again in %1 s.</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="78" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="79" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="93" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="17" />
        <source>No rejected cards.</source>
        <translation>No rejected cards.</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="48" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="59" />
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Really discard?</source>
        <translation>Really discard?</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="16" />
        <source>Please check your card</source>
        <translation>Please check your card</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="17" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="38" />
        <source>Some information is missing or needs a correction. Please use “Change” on the part concerned.</source>
        <translation>Some information is missing or needs a correction. Please use “Change” on the part concerned.</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="39" />
        <source>Your card could not be saved. Please ask the reception desk for help.</source>
        <translation>Your card could not be saved. Please ask the reception desk for help.</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="45" />
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="46" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="47" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="48" />
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="49" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="50" />
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="51" />
        <source>Address and stay</source>
        <translation>Address and stay</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="52" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>%1 adult(s), %2 child(ren)</source>
        <translation>%1 adult(s), %2 child(ren)</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="58" />
        <source>Travelling with you</source>
        <translation>Travelling with you</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="60" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="61" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="62" />
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="63" />
        <source>Your choices</source>
        <translation>Your choices</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>%1 accepted</source>
        <translation>%1 accepted</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="88" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="89" />
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../components/ScreenPage.qml" line="17" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="95" />
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="170" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="11" />
        <source>Registration card rules</source>
        <translation>Registration card rules</translation>
    </message>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="31" />
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../components/SignaturePad.qml" line="18" />
        <source>Signature area</source>
        <translation>Signature area</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="14" />
        <source>Your signature</source>
        <translation>Your signature</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="15" />
        <source>By signing, you confirm that the information on your card is correct.</source>
        <translation>By signing, you confirm that the information on your card is correct.</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="31" />
        <source>Sign with your finger in the white area.</source>
        <translation>Sign with your finger in the white area.</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="39" />
        <source>Clear and sign again</source>
        <translation>Clear and sign again</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="15" />
        <source>Supervisor mode</source>
        <translation>Supervisor mode</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="25" />
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="26" />
        <source>Rejected cards (%1)</source>
        <translation>Rejected cards (%1)</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="27" />
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="28" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="40" />
        <source>Exit the application</source>
        <translation>Exit the application</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="11" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="13" />
        <source>Cards waiting to be sent</source>
        <translation>Cards waiting to be sent</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="14" />
        <source>Rejected cards</source>
        <translation>Rejected cards</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="15" />
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="16" />
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="19" />
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="20" />
        <source>None</source>
        <translation>None</translation>
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
        <translation>Enrolled as “%1” for hotel %2</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="26" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="27" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you, %1!</source>
        <translation>Thank you, %1!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="48" />
        <source>Your registration card is complete. The reception desk will give you your key. Enjoy your stay!</source>
        <translation>Your registration card is complete. The reception desk will give you your key. Enjoy your stay!</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="60" />
        <source>Next guest of this room</source>
        <translation>Next guest of this room</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="66" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../WelcomeScreen.qml" line="33" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../WelcomeScreen.qml" line="53" />
        <source>Choose your language to check in</source>
        <translation>Choose your language to check in</translation>
    </message>
</context>
</TS>