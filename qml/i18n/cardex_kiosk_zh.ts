<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressStayScreen</name>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <source>Your address and stay</source>
        <translation>您的地址与入住信息</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="16" />
        <location filename="../screens/AddressStayScreen.qml" line="54" />
        <source>Your stay</source>
        <translation>入住信息</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="28" />
        <source>Street and number</source>
        <translation>街道及门牌号</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="33" />
        <source>Address line 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="38" />
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="44" />
        <source>Town or city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="49" />
        <source>Country of residence</source>
        <translation>居住国家/地区</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="68" />
        <source>Arrival</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="73" />
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="79" />
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <location filename="../screens/AddressStayScreen.qml" line="86" />
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Children under 15 travelling with you</source>
        <translation>随行的 15 岁以下儿童</translation>
    </message>
    <message>
        <source>People travelling with you</source>
        <translation>同行人员</translation>
    </message>
    <message>
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>其他成人及 15 岁以上儿童请各自填写登记卡。</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>添加儿童</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加同行人</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../screens/BookingScreen.qml" line="16" />
        <source>Do you have a booking?</source>
        <translation>您有预订吗？</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="18" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="34" />
        <source>I have a booking</source>
        <translation>我有预订</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="41" />
        <source>I don't have a booking</source>
        <translation>我没有预订</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="52" />
        <location filename="../screens/BookingScreen.qml" line="59" />
        <source>Booking reference</source>
        <translation>预订号</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="53" />
        <source>You find it in your confirmation e-mail.</source>
        <translation>预订号见您的确认邮件。</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="64" />
        <location filename="../screens/BookingScreen.qml" line="70" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="77" />
        <source>Find my booking</source>
        <translation>查找我的预订</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="97" />
        <source>We found your booking: arrival %1, departure %2. Please check and complete your card.</source>
        <translation>已找到您的预订：入住 %1，离店 %2。请核对并完善您的登记卡。</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="101" />
        <source>We could not find a booking with these details. Please check them, or continue and fill in your card.</source>
        <translation>未找到与这些信息匹配的预订。请核对信息，或继续填写登记卡。</translation>
    </message>
    <message>
        <location filename="../screens/BookingScreen.qml" line="102" />
        <source>The booking search is not available right now. Please continue and fill in your card.</source>
        <translation>预订查询暂时无法使用，请继续填写登记卡。</translation>
    </message>
</context>
<context>
    <name>CompanionList</name>
    <message>
        <location filename="../components/CompanionList.qml" line="20" />
        <source>Children under 15 travelling with you</source>
        <translation>随行的 15 岁以下儿童</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="21" />
        <source>Children under 14 travelling with you</source>
        <translation>随行的 14 岁以下儿童</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="22" />
        <source>Your spouse or partner and children under 18 travelling with you</source>
        <translation>随行的配偶或伴侣及 18 岁以下子女</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="23" />
        <source>Portuguese citizens travelling with you</source>
        <translation>随行的葡萄牙公民</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="24" />
        <source>People travelling with you</source>
        <translation>同行人员</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="34" />
        <source>Other adults and children from 15 fill in their own card.</source>
        <translation>其他成人及 15 岁以上儿童请各自填写登记卡。</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="35" />
        <source>Every guest from 14 fills in their own card, after this one.</source>
        <translation>年满 14 岁的每位客人都需在本卡之后填写自己的登记卡。</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="36" />
        <source>Other adults fill in their own card, after this one.</source>
        <translation>其他成年人需在本卡之后填写自己的登记卡。</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="37" />
        <source>Every foreign guest, children included, fills in their own card, after this one.</source>
        <translation>每位外国客人（包括儿童）都需在本卡之后填写自己的登记卡。</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="66" />
        <source>First names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="67" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="94" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="103" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="109" />
        <source>Relationship to you</source>
        <translation>与您的关系</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="120" />
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="121" />
        <source>Spouse or partner</source>
        <translation>配偶或伴侣</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="122" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="133" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a child</source>
        <translation>添加儿童</translation>
    </message>
    <message>
        <location filename="../components/CompanionList.qml" line="141" />
        <source>Add a person</source>
        <translation>添加同行人</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="14" />
        <source>Stay in touch?</source>
        <translation>保持联系？</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="15" />
        <source>These choices are optional. Your check-in does not depend on them, and you can change your mind at any time.</source>
        <translation>以下选项均为自愿，不影响您办理入住，您可随时更改。</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="66" />
        <source>Read the privacy notice</source>
        <translation>阅读隐私声明</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="84" />
        <source>Privacy notice</source>
        <translation>隐私声明</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="98" />
        <source>The hotel records your registration card because the law requires it, and keeps it only as long as the law says. Your e-mail address and phone number are used for your stay. Offers are sent only if you tick the boxes, and every message lets you unsubscribe in one click. You can ask the hotel at any time to see, correct or erase your data.</source>
        <translation>酒店依法记录您的登记卡，并仅在法律规定的期限内保存。您的电子邮箱和电话号码仅用于本次入住。只有在您勾选相应选项后，我们才会向您发送优惠信息，且每条信息都可一键退订。您可随时要求酒店查阅、更正或删除您的数据。</translation>
    </message>
    <message>
        <location filename="../screens/ConsentScreen.qml" line="103" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../screens/ContactScreen.qml" line="15" />
        <source>How can we reach you?</source>
        <translation>我们如何联系您？</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="16" />
        <source>For your invoice and messages about your stay.</source>
        <translation>用于发送账单和入住相关信息。</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="22" />
        <source>E-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="39" />
        <source>This address was created by your booking website and forwards only some messages. Would you kindly give us your own e-mail address instead?</source>
        <translation>此邮箱由预订网站生成，只会转发部分邮件。能否请您提供您本人的电子邮箱？</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="51" />
        <source>Country code</source>
        <translation>国家/地区区号</translation>
    </message>
    <message>
        <location filename="../screens/ContactScreen.qml" line="56" />
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../components/CountryField.qml" line="33" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../components/CountryPicker.qml" line="42" />
        <source>Type to search</source>
        <translation>输入以搜索</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="44" />
        <source>Search for a country</source>
        <translation>搜索国家/地区</translation>
    </message>
    <message>
        <location filename="../components/CountryPicker.qml" line="72" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="67" />
        <source>DD</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="72" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="82" />
        <source>MM</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="87" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="97" />
        <source>YYYY</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="102" />
        <source>Year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>DocumentTypeChooser</name>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="12" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="13" />
        <source>Identity card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="14" />
        <source>Residence permit</source>
        <translation>居留许可</translation>
    </message>
    <message>
        <location filename="../components/DocumentTypeChooser.qml" line="15" />
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="12" />
        <source>This tablet is enrolled as “%1” for hotel %2. Enrolling again replaces it.</source>
        <translation>此平板已注册为“%1”，酒店 %2。重新注册将替换现有注册。</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="13" />
        <source>This tablet is not enrolled yet. Ask your central operator for an enrolment code.</source>
        <translation>此平板尚未注册，请向总部运营人员索取注册码。</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="21" />
        <location filename="../supervisor/EnrolPanel.qml" line="22" />
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="26" />
        <location filename="../supervisor/EnrolPanel.qml" line="27" />
        <source>Tablet name</source>
        <translation>平板名称</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="33" />
        <source>Enrol this tablet</source>
        <translation>注册此平板</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolled.</source>
        <translation>注册成功。</translation>
    </message>
    <message>
        <location filename="../supervisor/EnrolPanel.qml" line="40" />
        <source>Enrolment failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <location filename="../components/FieldFrame.qml" line="18" />
        <source>%1 (optional)</source>
        <translation>%1（选填）</translation>
    </message>
</context>
<context>
    <name>FixCardScreen</name>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="16" />
        <source>Fix a rejected card</source>
        <translation>修正被拒绝的登记卡</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="17" />
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="25" />
        <source>Some fields still need a correction.</source>
        <translation>部分字段仍需修正。</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="37" />
        <source>First names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="38" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="39" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="40" />
        <source>Place of birth (town, country)</source>
        <translation>出生地（城市、国家）</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="41" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="42" />
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="43" />
        <source>Issuing country</source>
        <translation>签发国家/地区</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="44" />
        <source>E-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="45" />
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="46" />
        <source>Street and number</source>
        <translation>街道及门牌号</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="47" />
        <source>Address line 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="48" />
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="49" />
        <source>Town or city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="50" />
        <source>Country of residence</source>
        <translation>居住国家/地区</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="62" />
        <source>Arrival</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="63" />
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="64" />
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <location filename="../supervisor/FixCardScreen.qml" line="65" />
        <source>Children</source>
        <translation>儿童</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../components/FormField.qml" line="22" />
        <source>An e-mail address or a phone number is needed (one is enough).</source>
        <translation>需要电子邮箱或电话号码（填写其一即可）。</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="18" />
        <source>About you</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="19" />
        <source>As written in your passport or identity card.</source>
        <translation>请按护照或身份证上的信息填写。</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="25" />
        <source>Passport or ID card code (optional)</source>
        <translation>护照或身份证机读码（选填）</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="26" />
        <source>Your card has been filled in from the code. Please check it.</source>
        <translation>已根据机读码填写登记卡，请核对。</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="27" />
        <source>Scan the code at the bottom of the photo page, or type its lines here.</source>
        <translation>请扫描照片页底部的机读码，或在此输入。</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="41" />
        <source>Passport or ID card code</source>
        <translation>护照或身份证机读码</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="62" />
        <source>First names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="69" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="76" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="82" />
        <source>Place of birth (town, country)</source>
        <translation>出生地（城市、国家）</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="88" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="98" />
        <source>Identity document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>居留许可</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="113" />
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/IdentityScreen.qml" line="120" />
        <source>Issuing country</source>
        <translation>签发国家/地区</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../components/IdleWarning.qml" line="23" />
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="32" />
        <source>For your privacy, this form will be cleared in %1 seconds.</source>
        <translation>为保护您的隐私，此表格将在 %1 秒后清除。</translation>
    </message>
    <message>
        <location filename="../components/IdleWarning.qml" line="42" />
        <source>I'm still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../components/LanguageMenu.qml" line="12" />
        <source>Change language</source>
        <translation>切换语言</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../Messages.qml" line="8" />
        <source>Please fill in this field.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="9" />
        <source>Please give an e-mail address or a phone number.</source>
        <translation>请填写电子邮箱或电话号码。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="10" />
        <source>Please enter a complete date: day, month and year.</source>
        <translation>请输入完整日期：年、月、日。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="11" />
        <source>This date does not exist.</source>
        <translation>此日期不存在。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="12" />
        <source>This date is in the future.</source>
        <translation>此日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="13" />
        <source>Please check the year.</source>
        <translation>请检查年份。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14" />
        <source>This e-mail address is not complete or contains a typo.</source>
        <translation>此电子邮箱不完整或有拼写错误。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15" />
        <source>This phone number is not valid for the chosen country code.</source>
        <translation>此号码与所选区号不符。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16" />
        <source>Please choose a country from the list.</source>
        <translation>请从列表中选择国家/地区。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17" />
        <source>The departure must be after the arrival.</source>
        <translation>离店日期必须晚于入住日期。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="18" />
        <source>Please check this value.</source>
        <translation>请检查此数值。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="19" />
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="20" />
        <location filename="../Messages.qml" line="21" />
        <source>Please remove the special characters.</source>
        <translation>请删除特殊字符。</translation>
    </message>
    <message>
        <source>From 15 years of age, a guest fills in their own card.</source>
        <translation type="vanished">年满 15 岁的客人需填写自己的登记卡。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22" />
        <source>This person fills in their own card: please remove them from this list.</source>
        <translation>此人需填写自己的登记卡：请将其从此列表中移除。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="23" />
        <source>The code could not be read correctly. Please scan it again or check what you typed.</source>
        <translation>无法正确读取机读码，请重新扫描或检查输入内容。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24" />
        <source>This does not look like the code of a passport or identity card.</source>
        <translation>这似乎不是护照或身份证的机读码。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26" />
        <source>Please check this field.</source>
        <translation>请检查此项。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33" />
        <source>The server cannot be reached. The tablet keeps the cards and tries again by itself.</source>
        <translation>无法连接服务器。平板会保留登记卡并自动重试。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34" />
        <source>The secure connection to the server failed (certificate). Please call technical support.</source>
        <translation>与服务器的安全连接失败（证书问题）。请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35" />
        <source>This tablet may no longer send cards. Please enrol it again (Enrolment).</source>
        <translation>此平板已无权发送登记卡。请重新注册（设备注册）。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="36" />
        <source>The tablet's local storage has a problem. Please call technical support.</source>
        <translation>平板的本地存储出现问题。请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37" />
        <source>No sync server is set up on this tablet.</source>
        <translation>此平板未设置同步服务器。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="39" />
        <source>The server answered with an error. The tablet tries again by itself.</source>
        <translation>服务器返回了错误。平板会自动重试。</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="47" />
        <source>Person %1: %2</source>
        <translation>同行人 %1：%2</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49" />
        <source>First names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50" />
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52" />
        <source>Place of birth (town, country)</source>
        <translation>出生地（城市、国家）</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54" />
        <source>E-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="55" />
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56" />
        <source>Street and number</source>
        <translation>街道及门牌号</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57" />
        <source>Address line 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58" />
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59" />
        <source>Town or city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60" />
        <source>Country of residence</source>
        <translation>居住国家/地区</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="61" />
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62" />
        <source>Issuing country</source>
        <translation>签发国家/地区</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63" />
        <source>Stay</source>
        <translation>入住期间</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64" />
        <source>Arrival</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65" />
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66" />
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67" />
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68" />
        <source>Your signature</source>
        <translation>您的签名</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69" />
        <source>Booking reference</source>
        <translation>预订号</translation>
    </message>
</context>
<context>
    <name>NumberStepper</name>
    <message>
        <location filename="../components/NumberStepper.qml" line="22" />
        <source>Fewer: %1</source>
        <translation>减少：%1</translation>
    </message>
    <message>
        <location filename="../components/NumberStepper.qml" line="38" />
        <source>More: %1</source>
        <translation>增加：%1</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="24" />
        <source>The PIN must have 6 to 12 digits.</source>
        <translation>密码须为 6 至 12 位数字。</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="25" />
        <source>Type the same PIN again.</source>
        <translation>请再次输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="26" />
        <source>The two PINs differ. Please start again.</source>
        <translation>两次输入的密码不一致，请重新开始。</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="33" />
        <source>Wrong PIN. %1 attempt(s) left before a lockout.</source>
        <translation>密码错误。再错 %1 次将被锁定。</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Choose a supervisor PIN</source>
        <translation>设置主管密码</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="42" />
        <source>Supervisor PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="60" />
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>密码错误次数过多，请 %1 秒后重试。</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="78" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="79" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../supervisor/PinScreen.qml" line="93" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="17" />
        <source>No rejected cards.</source>
        <translation>没有被拒绝的登记卡。</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="48" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="59" />
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Really discard?</source>
        <translation>确定丢弃？</translation>
    </message>
    <message>
        <location filename="../supervisor/RejectedPanel.qml" line="64" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="16" />
        <source>Please check your card</source>
        <translation>请核对您的登记卡</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="17" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="38" />
        <source>Some information is missing or needs a correction. Please use “Change” on the part concerned.</source>
        <translation>部分信息缺失或需要修改，请点击相应部分的“修改”。</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="39" />
        <source>Your card could not be saved. Please ask the reception desk for help.</source>
        <translation>无法保存您的登记卡，请联系前台。</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="45" />
        <source>About you</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="46" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="47" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="48" />
        <source>Place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="49" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="50" />
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="51" />
        <source>Address and stay</source>
        <translation>地址与入住</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="52" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>Stay</source>
        <translation>入住期间</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="56" />
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>Guests</source>
        <translation>入住人数</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="57" />
        <source>%1 adult(s), %2 child(ren)</source>
        <translation>成人 %1 位，儿童 %2 位</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="58" />
        <source>Travelling with you</source>
        <translation>同行人员</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="60" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="61" />
        <source>E-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="62" />
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="63" />
        <source>Your choices</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>Offers</source>
        <translation>优惠信息</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>%1 accepted</source>
        <translation>已同意 %1 项</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="64" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="88" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../screens/ReviewScreen.qml" line="89" />
        <source>Change: %1</source>
        <translation>修改：%1</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../components/ScreenPage.qml" line="17" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="95" />
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../components/ScreenPage.qml" line="170" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="11" />
        <source>Registration card rules</source>
        <translation>登记卡规则</translation>
    </message>
    <message>
        <location filename="../supervisor/SettingsPanel.qml" line="31" />
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../components/SignaturePad.qml" line="18" />
        <source>Signature area</source>
        <translation>签名区域</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="14" />
        <source>Your signature</source>
        <translation>您的签名</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="15" />
        <source>By signing, you confirm that the information on your card is correct.</source>
        <translation>签名即表示您确认登记卡上的信息真实无误。</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="31" />
        <source>Sign with your finger in the white area.</source>
        <translation>请用手指在白色区域内签名。</translation>
    </message>
    <message>
        <location filename="../screens/SignatureScreen.qml" line="39" />
        <source>Clear and sign again</source>
        <translation>清除并重新签名</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="15" />
        <source>Supervisor mode</source>
        <translation>主管模式</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="25" />
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="26" />
        <source>Rejected cards (%1)</source>
        <translation>被拒绝的登记卡（%1）</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="27" />
        <source>Enrolment</source>
        <translation>设备注册</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="28" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../supervisor/SupervisorScreen.qml" line="40" />
        <source>Exit the application</source>
        <translation>退出应用</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="11" />
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="13" />
        <source>Cards waiting to be sent</source>
        <translation>待发送的登记卡</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="14" />
        <source>Rejected cards</source>
        <translation>被拒绝的登记卡</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="15" />
        <source>Last successful sync</source>
        <translation>最近一次成功同步</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="16" />
        <source>Last attempt</source>
        <translation>最近一次尝试</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="19" />
        <source>Last error</source>
        <translation>最近一次错误</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="20" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="24" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Tablet</source>
        <translation>平板</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Enrolled as “%1” for hotel %2</source>
        <translation>已注册为“%1”，酒店 %2</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="25" />
        <source>Not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="26" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../supervisor/SyncStatusPanel.qml" line="27" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you, %1!</source>
        <translation>谢谢您，%1！</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="39" />
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="48" />
        <source>Your registration card is complete. The reception desk will give you your key. Enjoy your stay!</source>
        <translation>登记已完成，前台将为您提供房卡。祝您入住愉快！</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="60" />
        <source>Next guest of this room</source>
        <translation>本房间的下一位客人</translation>
    </message>
    <message>
        <location filename="../screens/ThankYouScreen.qml" line="66" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../WelcomeScreen.qml" line="33" />
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../WelcomeScreen.qml" line="53" />
        <source>Choose your language to check in</source>
        <translation>请选择语言办理入住</translation>
    </message>
</context>
</TS>