<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="6"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="14"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="23"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="24"/>
        <source>As on the passport or identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="34"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="43"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="44"/>
        <source>DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="55"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="64"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="65"/>
        <source>name@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="75"/>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="84"/>
        <source>Phone number, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="85"/>
        <source>06 12345678</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionTexts</name>
    <message numerus="yes">
        <location filename="../src/gui/text/AttentionTexts.cpp" line="18"/>
        <source>Locked after %n wrong dates of birth on %1</source>
        <translation>
            <numerusform>Locked after %n wrong date of birth on %1</numerusform>
            <numerusform>Locked after %n wrong dates of birth on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/AttentionTexts.cpp" line="20"/>
        <source>Locked after %n wrong dates of birth</source>
        <translation>
            <numerusform>Locked after %n wrong date of birth</numerusform>
            <numerusform>Locked after %n wrong dates of birth</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="22"/>
        <source>Says the personal details are not correct; signing is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="24"/>
        <source>Refused the contract: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="27"/>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="43"/>
        <source>Identification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="28"/>
        <source>Identification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="37"/>
        <source>Invitation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="39"/>
        <source>Details wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="41"/>
        <source>Contract refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="51"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="53"/>
        <source>The new invitation was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="55"/>
        <source>The invitation was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="57"/>
        <source>The new application was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="58"/>
        <source>Your change was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="56"/>
        <source>Bank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="58"/>
        <source>Valid Dutch IBAN (bank code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="59"/>
        <source>Valid IBAN from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="67"/>
        <source>An IBAN has only the letters A to Z and the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="71"/>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="80"/>
        <source>An IBAN starts with a two-letter country code, such as NL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="74"/>
        <source>%1 is not a SEPA country: only IBANs from SEPA countries are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="83"/>
        <source>Too short: %1 IBANs have %2 characters; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="88"/>
        <source>Too long: %1 IBANs have %2 characters; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="96"/>
        <source>The two characters after the country code are the check digits and must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="100"/>
        <source>A Dutch IBAN has 4 letters for the bank (such as INGB) after the check digits, then 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="102"/>
        <source>This is not how a %1 IBAN is built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="106"/>
        <source>The check digits do not match: probably a typo. Compare it with the customer&apos;s bank card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="128"/>
        <source>Type the date of birth as DD-MM-YYYY, for example 24-03-1980.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="141"/>
        <source>%1 is not a date on the calendar: check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="144"/>
        <source>A date of birth before %1 is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="146"/>
        <source>A date of birth must be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="150"/>
        <source>The applicant must be at least %1 years old; with this date of birth, the applicant is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="155"/>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="162"/>
        <source>Enter the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="166"/>
        <source>This is not an e-mail address: it looks like name@example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="170"/>
        <source>An e-mail address has an @, as in name@example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="175"/>
        <source>The part after the @ is a domain such as example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="192"/>
        <source>Too long: a phone number has at most 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="196"/>
        <source>A phone number has only digits, spaces, - and ( ), and may start with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="197"/>
        <source>Too short: a phone number has 6 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="214"/>
        <source>Enter the address of the portal service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="220"/>
        <source>Start the address with https://, as in https://portal.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="222"/>
        <source>The address must start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="224"/>
        <source>This is not a web address; it looks like https://portal.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="6"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="44"/>
        <source>Personal &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="45"/>
        <source>Invite with a personal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="51"/>
        <source>The customer types a short code on the application page. Suits a letter or a phone call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="62"/>
        <source>Personal &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="63"/>
        <source>Invite with a personal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="68"/>
        <source>Suits e-mail: a link that opens the application page directly, also printed as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="78"/>
        <source>&amp;Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="84"/>
        <source>Valid for, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="116"/>
        <source>Invitation queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="122"/>
        <source>There is no connection with the portal service right now. The invitation is sent as soon as the connection is back, and the code appears here then. Keep this window open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="128"/>
        <source>Waiting for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="168"/>
        <source>Shown only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="189"/>
        <source>Personal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="196"/>
        <source>Personal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="215"/>
        <source>QR code of the personal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="224"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="236"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="237"/>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="242"/>
        <source>&amp;E-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="243"/>
        <source>Write an e-mail to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="248"/>
        <source>&amp;Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="249"/>
        <source>Print the invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="254"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="255"/>
        <source>Save the invitation letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationLetter</name>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="84"/>
        <source>%1 has prepared your credit application. You finish it online: read and accept the documents, sign, and confirm your identity with your passport, identity card or residence permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="91"/>
        <source>Finish your credit application online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="92"/>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="101"/>
        <source>This invitation is valid until &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="104"/>
        <source>The invitation is personal: keep this letter to yourself. Nobody from %1 will ever ask you for the code by phone or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="107"/>
        <source>The invitation is personal: keep this letter to yourself. Nobody from %1 will ever ask you for the link by phone or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="112"/>
        <source>If a wrong date of birth is entered four times, the invitation is blocked. Contact %1 and you will get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="118"/>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="126"/>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="187"/>
        <source>How to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="128"/>
        <source>Go to the application page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="129"/>
        <source>Go to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="131"/>
        <source>Type your personal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="131"/>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="191"/>
        <source>Enter your date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="159"/>
        <source>Your personal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="188"/>
        <source>Scan the QR code with the camera of your phone, or type the address below into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="191"/>
        <source>Your personal link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="255"/>
        <source>Invitation for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationText</name>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="11"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="18"/>
        <source>Finish your credit application with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="24"/>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="25"/>
        <source>%1 has prepared your credit application. Please finish it online: read and accept the documents, sign, and confirm your identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="31"/>
        <source>Go to the application page and log in with this personal code and your date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="34"/>
        <source>Go to %1 and log in with this personal code and your date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="38"/>
        <source>Open this personal link and log in with your date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="41"/>
        <source>This invitation is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="42"/>
        <source>It is personal: do not pass it on. We will never ask you for it by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="43"/>
        <source>After four wrong dates of birth the invitation is blocked; we will then send you a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="45"/>
        <source>Kind regards,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="9"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="11"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="13"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="22"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="24"/>
        <location filename="../src/gui/text/ListTexts.cpp" line="43"/>
        <location filename="../src/gui/text/ListTexts.cpp" line="53"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="26"/>
        <location filename="../src/gui/text/ListTexts.cpp" line="45"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="28"/>
        <source>needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="37"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="37"/>
        <source>not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="41"/>
        <location filename="../src/gui/text/ListTexts.cpp" line="53"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="47"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="55"/>
        <source>stopped: details wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="57"/>
        <source>contract refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="59"/>
        <source>signed, waiting for the co-applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="61"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="72"/>
        <source>not invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="74"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="76"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="78"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="80"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="82"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="89"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="89"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.ui" line="6"/>
        <source>Sign in - DP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="19"/>
        <source>DP Desk logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="28"/>
        <source>Sign in to DP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="33"/>
        <source>Use your office account and the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="58"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="65"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="82"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="91"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="92"/>
        <source>https://portal.example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="98"/>
        <source>Set by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="108"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="117"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="128"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="137"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="149"/>
        <source>6-digit &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="158"/>
        <source>6-digit code from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="160"/>
        <source>000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="180"/>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="187"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>DP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="115"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="22"/>
        <source>Search name, reference, e-mail or code state (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="25"/>
        <source>Search applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="35"/>
        <source>Show all applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>&amp;Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>Show applications that need action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="48"/>
        <source>&amp;Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="51"/>
        <source>Show applications waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>C&amp;omplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="59"/>
        <source>Show complete applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="64"/>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>Show my applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>Number of applications shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="87"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>Application details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="132"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="137"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="146"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="159"/>
        <location filename="../ui/MainWindow.ui" line="170"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="171"/>
        <source>Every applicant and change that needs the office. Press Enter to open the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="182"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Send waiting changes and fetch the latest state (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="184"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>Enter a new loan application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="196"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="199"/>
        <source>Create &amp;invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="200"/>
        <source>Invite the selected applicant with a link or code (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="201"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="204"/>
        <source>&amp;Delete and create new invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>The old link or code stops working; the customer gets a new one (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="209"/>
        <source>Change &amp;bank account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>Change bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="211"/>
        <source>A new IBAN puts a new contract in place; the customer keeps the link or code and goes through the steps again (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="212"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>New si&amp;gning with new invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="216"/>
        <source>A new contract and a new invitation for every applicant; the current links and codes stop working (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="217"/>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="220"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="221"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="224"/>
        <source>Go to &amp;needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="225"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="228"/>
        <source>&amp;About DP Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="6"/>
        <location filename="../ui/NewApplicationDialog.ui" line="12"/>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="17"/>
        <source>Each applicant gets an invitation to finish the application online. Fields are required unless marked optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="26"/>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="33"/>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="42"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="43"/>
        <source>Your office&apos;s file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="53"/>
        <source>Loan a&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="62"/>
        <source>Loan amount in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="63"/>
        <source>€ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="77"/>
        <source>Loan &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="86"/>
        <source>Loan kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="93"/>
        <source>&amp;Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="102"/>
        <source>Term in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="116"/>
        <source>Bank account (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="125"/>
        <source>&amp;IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="134"/>
        <source>IBAN, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="135"/>
        <source>NL91 ABNA 0417 1643 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="145"/>
        <source>Account &amp;holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="154"/>
        <source>Account holder, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="155"/>
        <source>Name as the bank knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="167"/>
        <source>The customer confirms this account when signing and cannot change it there. Leave it empty if it is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="182"/>
        <location filename="../ui/NewApplicationDialog.ui" line="183"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="188"/>
        <source>&amp;Second applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="189"/>
        <source>Second applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="207"/>
        <source>What is still missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/client/credentials/KeychainCredentialStore.cpp" line="19"/>
        <source>The login could not be kept in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/net/ApiClient.cpp" line="63"/>
        <source>The server answered with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceInvitationDialog</name>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="6"/>
        <source>Replace invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="33"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="48"/>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="53"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="59"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="64"/>
        <source>Current invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="70"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="75"/>
        <source>Why it is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="84"/>
        <source>The new invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="88"/>
        <source>Personal &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="89"/>
        <source>New invitation with a personal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="94"/>
        <source>Personal &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="95"/>
        <source>New invitation with a personal link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::client</name>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="19"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="22"/>
        <source>Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="22"/>
        <source>Try again in %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="35"/>
        <source>The server&apos;s certificate is not trusted, so no connection was made. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="42"/>
        <source>The server cannot be reached. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="48"/>
        <source>The username, password or code is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="52"/>
        <source>There were too many login attempts from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="57"/>
        <source>This account is locked after too many failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="61"/>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="64"/>
        <source>The server has a problem (status %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="67"/>
        <source>The server gave an unexpected answer (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="28"/>
        <source>New application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="30"/>
        <source>Change to application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="32"/>
        <source>Invitation for application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="34"/>
        <source>New invitation replacing the old one for application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="36"/>
        <source>New bank account and contract for application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="38"/>
        <source>New signing with new invitations for application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="42"/>
        <source>A change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="49"/>
        <source>Retry applies your change to the latest version; Discard keeps the version on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="52"/>
        <source>If the applicant already has an invitation, replace it instead. Discard drops this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="54"/>
        <source>No new contract was made. Retry puts the new bank account on the latest version; Discard keeps the bank account and contract on the server and shows them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="57"/>
        <source>No new contract was made and the current links and codes still work. Retry starts the new signing on the latest version; Discard keeps everything as it is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="60"/>
        <source>Retry sends it again; Discard drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="73"/>
        <source>The server refused this change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::client::AuthError</name>
    <message>
        <location filename="../src/client/auth/AuthClient.cpp" line="25"/>
        <source>The server gave an answer that DP Desk does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthClient.cpp" line="96"/>
        <source>Enter your username, your password and the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::client::ServerProbe</name>
    <message>
        <location filename="../src/client/net/ServerProbe.cpp" line="44"/>
        <source>The server answered with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::client::Session</name>
    <message>
        <location filename="../src/client/auth/Session.cpp" line="131"/>
        <source>The server did not accept the renewed login. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::client::Workspace</name>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="105"/>
        <source>The local cache could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="329"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="343"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="370"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="411"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="491"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="513"/>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="349"/>
        <source>The office already has this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="373"/>
        <source>The server has not confirmed this application yet. Invite once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="376"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="417"/>
        <source>This application is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="382"/>
        <source>This applicant is not part of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="391"/>
        <source>This applicant has no invitation to replace yet. Create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="399"/>
        <source>This applicant already has an invitation. Use &quot;delete and create new&quot; to replace it; the old link or code then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="414"/>
        <source>The server has not confirmed this application yet. Try again once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="420"/>
        <source>This application is complete: every applicant has signed and identified. Its contract cannot change any more; a different bank account needs a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="443"/>
        <source>This is already the application&apos;s bank account and account holder; nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="456"/>
        <source>This application has no applicants to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="494"/>
        <source>Only a change the server refused can be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="516"/>
        <source>Only a change the server refused can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="570"/>
        <source>The history is shown when the connection to the portal service is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="589"/>
        <source>The documents are shown when the connection to the portal service is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="623"/>
        <source>Documents open when the connection to the portal service is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="632"/>
        <source>The document could not be fetched: the portal service cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="637"/>
        <source>The server did not send a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ApplicantForm</name>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="20"/>
        <source>Day, month and year: DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="27"/>
        <source>Enter the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="82"/>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="83"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="84"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="85"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ApplicantPanel</name>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="88"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="89"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="90"/>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="93"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="94"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="95"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="96"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="103"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="105"/>
        <source>Not invited yet. Create an invitation with a link or a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="115"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="129"/>
        <source>Sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="130"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="131"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="132"/>
        <source>Login attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="146"/>
        <source>Create invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="148"/>
        <source>Delete and create new invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="150"/>
        <source>The current link or code stops working at once; the customer gets a new one and continues where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="223"/>
        <source>Applicant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="226"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="270"/>
        <source>The customer can no longer log in. Delete this invitation and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="272"/>
        <source>The link or code no longer works. Delete this invitation and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="275"/>
        <source>One more wrong date of birth locks this invitation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ApplicationDetailView</name>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="122"/>
        <source>Select an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="130"/>
        <source>Choose an application in the list to see its checklist, invitations and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="207"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="207"/>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="208"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="208"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="302"/>
        <source>%1 · %2 · %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="308"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="311"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="314"/>
        <source>Needs your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="321"/>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="324"/>
        <source>Not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="327"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="329"/>
        <source>Not a valid IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="331"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ApplicationListModel</name>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="520"/>
        <source>%1/%2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="528"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="543"/>
        <source>%1 – %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="553"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="558"/>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="563"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="623"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="625"/>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="627"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="629"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="631"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="633"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="635"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="637"/>
        <source>Docs</source>
        <comment>short column title for Documents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="639"/>
        <source>ID</source>
        <comment>short column title for Identification</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="641"/>
        <source>Sign</source>
        <comment>short column title for Signing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="646"/>
        <source>%1, one mark per applicant: ✓ done, ◐ in progress, ○ to do, ▲ needs action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::AuditTexts</name>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="34"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="38"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="54"/>
        <source>the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="59"/>
        <source>Application created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="65"/>
        <source>bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="67"/>
        <source>account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="69"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="71"/>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="73"/>
        <source>loan kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="75"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="77"/>
        <source>advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="79"/>
        <source>applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="83"/>
        <source>Application changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="84"/>
        <source>Application changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="87"/>
        <source>Invitation created for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="88"/>
        <source>Invitation created for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="93"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="95"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="97"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="99"/>
        <source>Invitation for %1 deleted and a new one created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="100"/>
        <source>Invitation for %1 deleted and a new one created (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="102"/>
        <source>(the old one was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="106"/>
        <source>Wrong date of birth (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="110"/>
        <source>Locked after %1 wrong dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="112"/>
        <source>Every step done; invitation completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="114"/>
        <source>Accepted the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="117"/>
        <source>Answered no to “are your details correct?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="118"/>
        <source>Answered the four questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="121"/>
        <source>Confirmed the bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="124"/>
        <source>Refused the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="124"/>
        <source>Refused the contract: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="127"/>
        <source>Confirmed their identity with iDIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="130"/>
        <source>Signed contract version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="130"/>
        <source>Signed the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="133"/>
        <source>Started identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="138"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="138"/>
        <source>Identified with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="140"/>
        <source>ID check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="140"/>
        <source>ID check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="147"/>
        <source>Bank account changed; new contract version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="149"/>
        <source>Bank account set to %1; new contract version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="150"/>
        <source>Bank account changed from %1 to %2; new contract version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="153"/>
        <source>New signing with new invitations; new contract version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="157"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="158"/>
        <source>%1 version %2 generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="162"/>
        <source>New contract put in place (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="163"/>
        <source>New contract put in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::AuditTimeline</name>
    <message>
        <location filename="../src/gui/detail/AuditTimeline.cpp" line="23"/>
        <source>Audit timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/AuditTimeline.cpp" line="47"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/AuditTimeline.cpp" line="54"/>
        <source>Not available offline. The timeline is loaded from the portal service when you are online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/AuditTimeline.cpp" line="64"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ChangeBankAccountDialog</name>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="25"/>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="79"/>
        <source>Not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="31"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="52"/>
        <source>Change bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="56"/>
        <source>Change the bank account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="64"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="77"/>
        <source>Current bank account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="83"/>
        <source>Current account holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="96"/>
        <source>e.g. NL91 ABNA 0417 1643 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="97"/>
        <source>New IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="102"/>
        <source>&amp;New IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="105"/>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="109"/>
        <source>Account &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="116"/>
        <source>This is the current bank account. Change the IBAN or the account holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="143"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="144"/>
        <source>&amp;Put new contract in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="146"/>
        <source>Change the bank account and put a new contract in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="156"/>
        <source>Enter the new IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="164"/>
        <source>Enter the name of the account holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="181"/>
        <source>This application is complete: every applicant has signed and identified. Its contract cannot change any more; a different bank account needs a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="189"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="203"/>
        <source>A new contract will be generated. The customer keeps the same link and code but must go through the steps again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ChecklistTexts</name>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="19"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="20"/>
        <source>Not accepted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="28"/>
        <source>Not started (comes after signing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="29"/>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="31"/>
        <source>In progress on the smartphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="34"/>
        <source>Done with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="35"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="38"/>
        <source>ID check failed (no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="39"/>
        <source>ID check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="51"/>
        <source>Under way: iDIN cancelled at the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="53"/>
        <source>Under way: iDIN expired at the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="55"/>
        <source>Under way: iDIN failed at the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="57"/>
        <source>Under way: confirmed with iDIN, not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="59"/>
        <source>Under way, not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="60"/>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="62"/>
        <source>Details are wrong (answered no to “are your details correct?”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="65"/>
        <source>Refused the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="66"/>
        <source>Refused the contract: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="68"/>
        <source>Signed; waiting for the co-applicant to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="70"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="77"/>
        <source>Contract changed (version %1): the customer must go through the steps again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="89"/>
        <source>Locked after %1 wrong dates of birth on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="94"/>
        <source>Deleted on %1; the link or code no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="96"/>
        <source>Deleted; the link or code no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="98"/>
        <source>Completed: every step is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="101"/>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="102"/>
        <source>Active until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="111"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="111"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="113"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="115"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="117"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="126"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="128"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="135"/>
        <source>%1 of %2 attempts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="143"/>
        <source>Not invited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="151"/>
        <source>Accepting the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="153"/>
        <source>Answering the four questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="155"/>
        <source>Confirming the bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="157"/>
        <source>Reading the contract and iDIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="159"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="161"/>
        <source>Identifying with the ID app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="163"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="165"/>
        <source>Waiting for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="174"/>
        <source>Personal loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="176"/>
        <source>Revolving credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="185"/>
        <source>passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="187"/>
        <source>identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="189"/>
        <source>residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="191"/>
        <source>driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="201"/>
        <source>1 change waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="201"/>
        <source>%1 changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::DeskController</name>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="97"/>
        <location filename="../src/gui/window/DeskController.cpp" line="147"/>
        <source>DP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="185"/>
        <source>Not signed in. Use File ▸ Log out or restart to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="245"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="247"/>
        <source>No applicant of %1 has an invitation yet. Create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="248"/>
        <source>Every applicant of %1 already has an invitation. Use &quot;Delete and create new invitation&quot; to replace one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="260"/>
        <source>Choose the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="260"/>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="272"/>
        <source>Invitation for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="371"/>
        <location filename="../src/gui/window/DeskController.cpp" line="389"/>
        <source>Change not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="374"/>
        <source>&amp;Reload and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="375"/>
        <source>&amp;Discard my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="376"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="428"/>
        <source>New bank account for %1 saved; it is sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="430"/>
        <source>New bank account for %1 sent; a new contract is being put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="453"/>
        <location filename="../src/gui/window/DeskController.cpp" line="470"/>
        <source>New signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="454"/>
        <source>Start a new signing for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="457"/>
        <source>A new contract will be generated and every applicant gets a new invitation (%1). Their current link or code stops working at once and they go through the steps again. The new invitations are shown as soon as the portal service has made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="461"/>
        <source>&amp;Start new signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="499"/>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::DocumentList</name>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="48"/>
        <location filename="../src/gui/detail/DocumentList.cpp" line="62"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="63"/>
        <source>Every version of the application&apos;s documents. Press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="88"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="94"/>
        <source>Not available offline. The documents are loaded from the portal service when you are online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="112"/>
        <source>No documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="128"/>
        <source>Generated when it is first opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="129"/>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="130"/>
        <source>Press Enter or double-click to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::DocumentTexts</name>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="11"/>
        <source>ESIC (standard credit information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="13"/>
        <source>Privacy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="15"/>
        <source>Provisional agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="17"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="25"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="26"/>
        <source>Superseded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="32"/>
        <source>not generated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="38"/>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::InvitationDialog</name>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="33"/>
        <source>Save invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="35"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="61"/>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="65"/>
        <source>Invite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="67"/>
        <source>Choose how %1 logs in to finish the application. With either, the customer also gives their date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="80"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="117"/>
        <source>&amp;Create invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="118"/>
        <source>Create invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="120"/>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="247"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="153"/>
        <source>Personal code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="154"/>
        <source>Personal link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="157"/>
        <source>&lt;b&gt;This code is shown only this once.&lt;/b&gt; Hand it over now: copy it, e-mail it, or print or save the letter. The portal service keeps no readable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="160"/>
        <source>&lt;b&gt;This link is shown only this once.&lt;/b&gt; Hand it over now: copy it, e-mail it, or print or save the letter. The portal service keeps no readable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="163"/>
        <source>Personal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="163"/>
        <source>Personal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="167"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="167"/>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="174"/>
        <source>%1 goes to the application page and logs in with this code and their date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="176"/>
        <source>%1 goes to %2 and logs in with this code and their date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="187"/>
        <source>No QR code: the link is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="190"/>
        <source>%1 opens the link, or scans the QR code, and logs in with their date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="193"/>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="215"/>
        <source>The code will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="215"/>
        <source>The link will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="218"/>
        <source>You have not copied, e-mailed, printed or saved the code yet. It will not be shown again: after closing, only a new invitation helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="220"/>
        <source>You have not copied, e-mailed, printed or saved the link yet. It will not be shown again: after closing, only a new invitation helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="222"/>
        <source>Close the invitation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="223"/>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="251"/>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="257"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="224"/>
        <source>&amp;Keep open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="294"/>
        <source>The code is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="295"/>
        <source>The link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="301"/>
        <source>No e-mail program could be opened. Copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="305"/>
        <source>A new e-mail to %1 is ready in your e-mail program: check it and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="314"/>
        <source>Invitation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="319"/>
        <source>The letter went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="324"/>
        <source>Invitation %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="332"/>
        <source>The letter could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="335"/>
        <source>Saved as %1. The file holds the secret: delete it once the customer has the letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::LoginDialog</name>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="63"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="64"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="72"/>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="76"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="84"/>
        <source>Enter the 6 digits your authenticator app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="135"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="170"/>
        <source>The username, password or 6-digit code is not right. Type the code your authenticator app shows now and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="173"/>
        <source>Too many sign-in attempts. Wait a few minutes before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="175"/>
        <source>This account is locked after too many failed sign-ins. Ask the administrator of your office to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="179"/>
        <source>The portal service does not answer. Check the server address and your internet connection. If both are right, ask your administrator whether the service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="183"/>
        <source>The server&apos;s security certificate could not be verified, so your password was not sent. Check the server address; if it is right, ask your administrator to check the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="189"/>
        <source>Signing in did not work. Try again; if it keeps failing, tell your administrator what the details say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="239"/>
        <source>Too many sign-in attempts. You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="248"/>
        <source>Too many sign-in attempts. You can try again at %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="155"/>
        <source>DP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="390"/>
        <source>DP Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="391"/>
        <source>DP Desk — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="229"/>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="230"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/MainWindow.cpp" line="333"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/MainWindow.cpp" line="408"/>
        <source>Loading the list… (%n shown)</source>
        <translation>
            <numerusform>Loading the list… (%n shown)</numerusform>
            <numerusform>Loading the list… (%n shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/MainWindow.cpp" line="411"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/MainWindow.cpp" line="412"/>
        <source>%1 of %n application(s)</source>
        <translation>
            <numerusform>%1 of %n application</numerusform>
            <numerusform>%1 of %n applications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="453"/>
        <source>About DP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="454"/>
        <source>&lt;h3&gt;DP Desk %1&lt;/h3&gt;&lt;p&gt;The back office for credit intermediaries: invitations, the customers&apos; checklists and everything that needs the office, in one window that works offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::NeedsAttentionModel</name>
    <message>
        <location filename="../src/gui/models/NeedsAttentionModel.cpp" line="201"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/NeedsAttentionModel.cpp" line="203"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/models/NeedsAttentionModel.cpp" line="205"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::NewApplicationDialog</name>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="42"/>
        <source>&amp;Create application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="43"/>
        <source>Create application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="54"/>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="58"/>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="57"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="63"/>
        <source>Personal loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="64"/>
        <source>Revolving credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="71"/>
        <source>Enter your reference for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="107"/>
        <source>Tick to add a co-applicant to this loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="205"/>
        <source>Still to complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="205"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="218"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="220"/>
        <source>loan amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="222"/>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="224"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="226"/>
        <source>account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="228"/>
        <source>%1 of applicant 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="231"/>
        <source>%1 of applicant 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="297"/>
        <source>Enter the loan amount in euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="302"/>
        <source>Enter the term: 1 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::NotificationTexts</name>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="28"/>
        <source>%1: invitation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="29"/>
        <source>Applicant %1 entered a wrong date of birth four times and can no longer log in. Delete the invitation and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="34"/>
        <source>%1: details are wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="35"/>
        <source>Applicant %1 answered no to “are your details correct?” and cannot sign. Check the details with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="40"/>
        <source>%1: contract refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="41"/>
        <source>Applicant %1 refused the contract. The reason is in DP Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="44"/>
        <source>%1: ID check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="45"/>
        <source>The identification of applicant %1 failed. The reason is in DP Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="48"/>
        <source>%1: complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="49"/>
        <source>Every applicant has accepted the documents, signed and identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="71"/>
        <source>1 application needs your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="72"/>
        <source>%1 applications need your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="74"/>
        <source>1 application is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="75"/>
        <source>%1 applications are complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="81"/>
        <source>1 invitation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="81"/>
        <source>%1 invitations locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="84"/>
        <source>1 applicant with wrong details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="85"/>
        <source>%1 applicants with wrong details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="88"/>
        <source>1 contract refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="88"/>
        <source>%1 contracts refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="91"/>
        <source>1 ID check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="91"/>
        <source>%1 ID checks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="94"/>
        <source>1 application complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="94"/>
        <source>%1 applications complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::PdfViewerDialog</name>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="60"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="62"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="77"/>
        <source>Pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="79"/>
        <source>This PDF cannot be shown; Save as… keeps it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="100"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="108"/>
        <source>This PDF cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="111"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="139"/>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="144"/>
        <source>Save document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="140"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="156"/>
        <source>Print document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ReplaceInvitationDialog</name>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="20"/>
        <source>Replace invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="30"/>
        <source>Replace the invitation for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="31"/>
        <source>The current code stops working at once, and %1 must use the new invitation. Tell the customer, so that they do not keep trying the old code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="35"/>
        <source>The current link stops working at once, and %1 must use the new invitation. Tell the customer, so that they do not keep using the old link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="41"/>
        <source>Personal code, created on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="42"/>
        <source>Personal link, created on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="50"/>
        <source>&amp;Delete and create new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="51"/>
        <source>Delete the current invitation and create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="88"/>
        <source>Locked after %1 wrong dates of birth, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="91"/>
        <source>Locked after %1 wrong dates of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="94"/>
        <source>Expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="96"/>
        <source>Still active; %1 of %2 attempts with a wrong date of birth used. Replace it if the customer lost it or it reached the wrong person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="101"/>
        <source>Still active. Replace it if the customer lost it or it reached the wrong person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="103"/>
        <source>Already replaced; it cannot be replaced again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="105"/>
        <source>The applicant has finished every step; there is nothing to replace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::StateMark</name>
    <message>
        <location filename="../src/gui/detail/StateMark.cpp" line="20"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/StateMark.cpp" line="23"/>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/StateMark.cpp" line="26"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/detail/StateMark.cpp" line="29"/>
        <source>Needs your action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::StatusIndicators</name>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="17"/>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="18"/>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="19"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="47"/>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="50"/>
        <source>○ Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="52"/>
        <source>○ Offline — changes wait until the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="54"/>
        <source>◐ Online (checking every 30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="56"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="67"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="71"/>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="73"/>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="74"/>
        <source>Synced on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/StatusIndicators.cpp" line="82"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
</TS>
