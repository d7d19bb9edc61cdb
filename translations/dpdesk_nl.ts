<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="6"/>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="14"/>
        <source>&amp;Full name</source>
        <translation>&amp;Volledige naam</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="23"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="24"/>
        <source>As on the passport or identity card</source>
        <translation>Zoals in het paspoort of op de identiteitskaart</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="34"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="43"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="44"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="55"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="64"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="65"/>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="75"/>
        <source>&amp;Phone (optional)</source>
        <translation>Tele&amp;foon (optioneel)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="84"/>
        <source>Phone number, optional</source>
        <translation>Telefoonnummer, optioneel</translation>
    </message>
    <message>
        <location filename="../ui/ApplicantForm.ui" line="85"/>
        <source>06 12345678</source>
        <translation>06 12345678</translation>
    </message>
</context>
<context>
    <name>AttentionTexts</name>
    <message numerus="yes">
        <location filename="../src/gui/text/AttentionTexts.cpp" line="18"/>
        <source>Locked after %n wrong dates of birth on %1</source>
        <translation>
            <numerusform>Geblokkeerd op %1 na %n poging met een onjuiste geboortedatum</numerusform>
            <numerusform>Geblokkeerd op %1 na %n pogingen met een onjuiste geboortedatum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/text/AttentionTexts.cpp" line="20"/>
        <source>Locked after %n wrong dates of birth</source>
        <translation>
            <numerusform>Geblokkeerd na %n poging met een onjuiste geboortedatum</numerusform>
            <numerusform>Geblokkeerd na %n pogingen met een onjuiste geboortedatum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="22"/>
        <source>Says the personal details are not correct; signing is stopped</source>
        <translation>Geeft aan dat de persoonsgegevens niet kloppen; ondertekenen is gestopt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="24"/>
        <source>Refused the contract: %1</source>
        <translation>Overeenkomst geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="27"/>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="43"/>
        <source>Identification failed</source>
        <translation>Identificatie mislukt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="28"/>
        <source>Identification failed: %1</source>
        <translation>Identificatie mislukt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="37"/>
        <source>Invitation locked</source>
        <translation>Uitnodiging geblokkeerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="39"/>
        <source>Details wrong</source>
        <translation>Gegevens onjuist</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="41"/>
        <source>Contract refused</source>
        <translation>Overeenkomst geweigerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="51"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="53"/>
        <source>The new invitation was not made: %1</source>
        <translation>De nieuwe uitnodiging is niet aangemaakt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="55"/>
        <source>The invitation was not made: %1</source>
        <translation>De uitnodiging is niet aangemaakt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="57"/>
        <source>The new application was not created: %1</source>
        <translation>De nieuwe aanvraag is niet aangemaakt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AttentionTexts.cpp" line="58"/>
        <source>Your change was not accepted: %1</source>
        <translation>Uw wijziging is niet geaccepteerd: %1</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="56"/>
        <source>Bank: %1</source>
        <translation>Bank: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="58"/>
        <source>Valid Dutch IBAN (bank code %1)</source>
        <translation>Geldig Nederlands IBAN (bankcode %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="59"/>
        <source>Valid IBAN from %1</source>
        <translation>Geldig IBAN uit %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="67"/>
        <source>An IBAN has only the letters A to Z and the digits 0 to 9.</source>
        <translation>Een IBAN bevat alleen de letters A tot en met Z en de cijfers 0 tot en met 9.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="71"/>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="80"/>
        <source>An IBAN starts with a two-letter country code, such as NL.</source>
        <translation>Een IBAN begint met een landcode van twee letters, zoals NL.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="74"/>
        <source>%1 is not a SEPA country: only IBANs from SEPA countries are accepted.</source>
        <translation>%1 is geen SEPA-land: alleen IBAN&apos;s uit SEPA-landen worden geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="83"/>
        <source>Too short: %1 IBANs have %2 characters; this one has %3.</source>
        <translation>Te kort: een IBAN uit %1 heeft %2 tekens; dit IBAN heeft er %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="88"/>
        <source>Too long: %1 IBANs have %2 characters; this one has %3.</source>
        <translation>Te lang: een IBAN uit %1 heeft %2 tekens; dit IBAN heeft er %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="96"/>
        <source>The two characters after the country code are the check digits and must be digits.</source>
        <translation>De twee tekens na de landcode vormen het controlegetal en moeten cijfers zijn.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="100"/>
        <source>A Dutch IBAN has 4 letters for the bank (such as INGB) after the check digits, then 10 digits.</source>
        <translation>Een Nederlands IBAN heeft na het controlegetal 4 letters voor de bank (zoals INGB) en daarna 10 cijfers.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="102"/>
        <source>This is not how a %1 IBAN is built.</source>
        <translation>Zo is een IBAN uit %1 niet opgebouwd.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="106"/>
        <source>The check digits do not match: probably a typo. Compare it with the customer&apos;s bank card.</source>
        <translation>Het controlegetal klopt niet: waarschijnlijk een typefout. Vergelijk het IBAN met de bankpas van de klant.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="128"/>
        <source>Type the date of birth as DD-MM-YYYY, for example 24-03-1980.</source>
        <translation>Typ de geboortedatum als DD-MM-JJJJ, bijvoorbeeld 24-03-1980.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="141"/>
        <source>%1 is not a date on the calendar: check the day and the month.</source>
        <translation>%1 is geen bestaande datum: controleer de dag en de maand.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="144"/>
        <source>A date of birth before %1 is not accepted.</source>
        <translation>Een geboortedatum vóór %1 wordt niet geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="146"/>
        <source>A date of birth must be in the past.</source>
        <translation>Een geboortedatum moet in het verleden liggen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="150"/>
        <source>The applicant must be at least %1 years old; with this date of birth, the applicant is %2.</source>
        <translation>De aanvrager moet minstens %1 jaar oud zijn; met deze geboortedatum is de aanvrager %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="155"/>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 jaar)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="162"/>
        <source>Enter the e-mail address.</source>
        <translation>Vul het e-mailadres in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="166"/>
        <source>This is not an e-mail address: it looks like name@example.nl.</source>
        <translation>Dit is geen e-mailadres: een e-mailadres ziet eruit als naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="170"/>
        <source>An e-mail address has an @, as in name@example.nl.</source>
        <translation>Een e-mailadres bevat een @, zoals in naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="175"/>
        <source>The part after the @ is a domain such as example.nl.</source>
        <translation>Het deel na de @ is een domein, zoals voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="192"/>
        <source>Too long: a phone number has at most 15 digits.</source>
        <translation>Te lang: een telefoonnummer heeft hoogstens 15 cijfers.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="196"/>
        <source>A phone number has only digits, spaces, - and ( ), and may start with +.</source>
        <translation>Een telefoonnummer bevat alleen cijfers, spaties, - en ( ), en mag met + beginnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="197"/>
        <source>Too short: a phone number has 6 to 15 digits.</source>
        <translation>Te kort: een telefoonnummer heeft 6 tot en met 15 cijfers.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="214"/>
        <source>Enter the address of the portal service.</source>
        <translation>Vul het adres van de portaaldienst in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="220"/>
        <source>Start the address with https://, as in https://portal.example.nl.</source>
        <translation>Begin het adres met https://, zoals in https://portal.example.nl.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="222"/>
        <source>The address must start with https:// (or http://).</source>
        <translation>Het adres moet met https:// (of http://) beginnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/FieldCheck.cpp" line="224"/>
        <source>This is not a web address; it looks like https://portal.example.nl.</source>
        <translation>Dit is geen webadres; een webadres ziet eruit als https://portal.example.nl.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="6"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="44"/>
        <source>Personal &amp;code</source>
        <translation>Persoonlijke &amp;code</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="45"/>
        <source>Invite with a personal code</source>
        <translation>Uitnodigen met een persoonlijke code</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="51"/>
        <source>The customer types a short code on the application page. Suits a letter or a phone call.</source>
        <translation>De klant typt een korte code in op de aanvraagpagina. Geschikt voor een brief of een telefoongesprek.</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="62"/>
        <source>Personal &amp;link</source>
        <translation>Persoonlijke &amp;link</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="63"/>
        <source>Invite with a personal link</source>
        <translation>Uitnodigen met een persoonlijke link</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="68"/>
        <source>Suits e-mail: a link that opens the application page directly, also printed as a QR code.</source>
        <translation>Geschikt voor e-mail: een link die de aanvraagpagina direct opent, ook afgedrukt als QR-code.</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="78"/>
        <source>&amp;Valid for</source>
        <translation>&amp;Geldig gedurende</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="84"/>
        <source>Valid for, in days</source>
        <translation>Geldigheid in dagen</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="116"/>
        <source>Invitation queued</source>
        <translation>Uitnodiging in de wachtrij</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="122"/>
        <source>There is no connection with the portal service right now. The invitation is sent as soon as the connection is back, and the code appears here then. Keep this window open.</source>
        <translation>Er is nu geen verbinding met de portaaldienst. De uitnodiging wordt verstuurd zodra de verbinding hersteld is; de code verschijnt dan hier. Laat dit venster open.</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="128"/>
        <source>Waiting for the connection</source>
        <translation>Wachten op de verbinding</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="168"/>
        <source>Shown only once</source>
        <translation>Wordt maar één keer getoond</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="189"/>
        <source>Personal code</source>
        <translation>Persoonlijke code</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="196"/>
        <source>Personal link</source>
        <translation>Persoonlijke link</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="215"/>
        <source>QR code of the personal link</source>
        <translation>QR-code van de persoonlijke link</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="224"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="236"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="237"/>
        <source>Copy to the clipboard</source>
        <translation>Naar het klembord kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="242"/>
        <source>&amp;E-mail…</source>
        <translation>&amp;E-mailen…</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="243"/>
        <source>Write an e-mail to the applicant</source>
        <translation>Een e-mail aan de aanvrager schrijven</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="248"/>
        <source>&amp;Print letter…</source>
        <translation>Brief af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="249"/>
        <source>Print the invitation letter</source>
        <translation>De uitnodigingsbrief afdrukken</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="254"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/InvitationDialog.ui" line="255"/>
        <source>Save the invitation letter as PDF</source>
        <translation>De uitnodigingsbrief als PDF opslaan</translation>
    </message>
</context>
<context>
    <name>InvitationLetter</name>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="84"/>
        <source>%1 has prepared your credit application. You finish it online: read and accept the documents, sign, and confirm your identity with your passport, identity card or residence permit.</source>
        <translation>%1 heeft uw kredietaanvraag voorbereid. U rondt deze online af: u leest de documenten en geeft akkoord, u ondertekent en u bevestigt uw identiteit met uw paspoort, identiteitskaart of verblijfsvergunning.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="91"/>
        <source>Finish your credit application online</source>
        <translation>Rond uw kredietaanvraag online af</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="92"/>
        <source>Dear %1,</source>
        <translation>Beste %1,</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="101"/>
        <source>This invitation is valid until &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Deze uitnodiging is geldig tot &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="104"/>
        <source>The invitation is personal: keep this letter to yourself. Nobody from %1 will ever ask you for the code by phone or e-mail.</source>
        <translation>De uitnodiging is persoonlijk: houd deze brief voor uzelf. Niemand van %1 zal u ooit telefonisch of per e-mail om de code vragen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="107"/>
        <source>The invitation is personal: keep this letter to yourself. Nobody from %1 will ever ask you for the link by phone or e-mail.</source>
        <translation>De uitnodiging is persoonlijk: houd deze brief voor uzelf. Niemand van %1 zal u ooit telefonisch of per e-mail om de link vragen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="112"/>
        <source>If a wrong date of birth is entered four times, the invitation is blocked. Contact %1 and you will get a new one.</source>
        <translation>Wordt er vier keer een onjuiste geboortedatum ingevuld, dan wordt de uitnodiging geblokkeerd. Neem in dat geval contact op met %1, dan krijgt u een nieuwe.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="118"/>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="126"/>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="187"/>
        <source>How to log in</source>
        <translation>Zo logt u in</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="128"/>
        <source>Go to the application page.</source>
        <translation>Ga naar de aanvraagpagina.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="129"/>
        <source>Go to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ga naar &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="131"/>
        <source>Type your personal code.</source>
        <translation>Typ uw persoonlijke code.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="131"/>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="191"/>
        <source>Enter your date of birth.</source>
        <translation>Vul uw geboortedatum in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="159"/>
        <source>Your personal code</source>
        <translation>Uw persoonlijke code</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="188"/>
        <source>Scan the QR code with the camera of your phone, or type the address below into your browser.</source>
        <translation>Scan de QR-code met de camera van uw telefoon, of typ het onderstaande adres in uw browser.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="191"/>
        <source>Your personal link:</source>
        <translation>Uw persoonlijke link:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationLetter.cpp" line="255"/>
        <source>Invitation for %1</source>
        <translation>Uitnodiging voor %1</translation>
    </message>
</context>
<context>
    <name>InvitationText</name>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="11"/>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="18"/>
        <source>Finish your credit application with %1</source>
        <translation>Rond uw kredietaanvraag bij %1 af</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="24"/>
        <source>Dear %1,</source>
        <translation>Beste %1,</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="25"/>
        <source>%1 has prepared your credit application. Please finish it online: read and accept the documents, sign, and confirm your identity.</source>
        <translation>%1 heeft uw kredietaanvraag voorbereid. Wij vragen u deze online af te ronden: de documenten lezen en akkoord geven, ondertekenen en uw identiteit bevestigen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="31"/>
        <source>Go to the application page and log in with this personal code and your date of birth:</source>
        <translation>Ga naar de aanvraagpagina en log in met deze persoonlijke code en uw geboortedatum:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="34"/>
        <source>Go to %1 and log in with this personal code and your date of birth:</source>
        <translation>Ga naar %1 en log in met deze persoonlijke code en uw geboortedatum:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="38"/>
        <source>Open this personal link and log in with your date of birth:</source>
        <translation>Open deze persoonlijke link en log in met uw geboortedatum:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="41"/>
        <source>This invitation is valid until %1.</source>
        <translation>Deze uitnodiging is geldig tot %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="42"/>
        <source>It is personal: do not pass it on. We will never ask you for it by phone.</source>
        <translation>De uitnodiging is persoonlijk: geef deze niet door aan anderen. Wij vragen u er nooit telefonisch naar.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="43"/>
        <source>After four wrong dates of birth the invitation is blocked; we will then send you a new one.</source>
        <translation>Na vier keer een onjuiste geboortedatum wordt de uitnodiging geblokkeerd; wij sturen u dan een nieuwe.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationText.cpp" line="45"/>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="9"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="11"/>
        <source>Identification</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="13"/>
        <source>Signing</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="22"/>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="24"/>
        <location filename="../src/gui/text/ListTexts.cpp" line="43"/>
        <location filename="../src/gui/text/ListTexts.cpp" line="53"/>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="26"/>
        <location filename="../src/gui/text/ListTexts.cpp" line="45"/>
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="28"/>
        <source>needs action</source>
        <translation>actie nodig</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="37"/>
        <source>accepted</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="37"/>
        <source>not yet accepted</source>
        <translation>nog geen akkoord</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="41"/>
        <location filename="../src/gui/text/ListTexts.cpp" line="53"/>
        <source>not started</source>
        <translation>niet gestart</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="47"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="55"/>
        <source>stopped: details wrong</source>
        <translation>gestopt: gegevens onjuist</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="57"/>
        <source>contract refused</source>
        <translation>overeenkomst geweigerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="59"/>
        <source>signed, waiting for the co-applicant</source>
        <translation>ondertekend, wacht op de medeaanvrager</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="61"/>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="72"/>
        <source>not invited</source>
        <translation>niet uitgenodigd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="74"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="76"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="78"/>
        <source>locked</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="80"/>
        <source>revoked</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="82"/>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="89"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ListTexts.cpp" line="89"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.ui" line="6"/>
        <source>Sign in - DP Desk</source>
        <translation>Inloggen - DP Desk</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="19"/>
        <source>DP Desk logo</source>
        <translation>Logo van DP Desk</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="28"/>
        <source>Sign in to DP Desk</source>
        <translation>Inloggen bij DP Desk</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="33"/>
        <source>Use your office account and the 6-digit code from your authenticator app.</source>
        <translation>Gebruik uw kantooraccount en de verificatiecode van 6 cijfers uit uw authenticator-app.</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="58"/>
        <source>Sign-in problem</source>
        <translation>Probleem bij inloggen</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="65"/>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="82"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="91"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="92"/>
        <source>https://portal.example.nl</source>
        <translation>https://portal.example.nl</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="98"/>
        <source>Set by your administrator.</source>
        <translation>Ingesteld door uw beheerder.</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="108"/>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="117"/>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="128"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="137"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="149"/>
        <source>6-digit &amp;code</source>
        <translation>&amp;Verificatiecode</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="158"/>
        <source>6-digit code from the authenticator app</source>
        <translation>Verificatiecode van 6 cijfers uit de authenticator-app</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="160"/>
        <source>000000</source>
        <translation>000000</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="180"/>
        <source>Signing in</source>
        <translation>Bezig met inloggen</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="187"/>
        <source>Signing in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>DP Desk</source>
        <translation>DP Desk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="22"/>
        <source>Search name, reference, e-mail or code state (Ctrl+F)</source>
        <translation>Zoek op naam, referentie, e-mail of status van de code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="25"/>
        <source>Search applications</source>
        <translation>Aanvragen zoeken</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="35"/>
        <source>Show all applications</source>
        <translation>Alle aanvragen tonen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>&amp;Needs action</source>
        <translation>Actie &amp;nodig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>Show applications that need action</source>
        <translation>Aanvragen tonen waarvoor actie nodig is</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="48"/>
        <source>&amp;Waiting for customer</source>
        <translation>&amp;Wacht op klant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="51"/>
        <source>Show applications waiting for the customer</source>
        <translation>Aanvragen tonen die op de klant wachten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>C&amp;omplete</source>
        <translation>&amp;Compleet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="59"/>
        <source>Show complete applications</source>
        <translation>Complete aanvragen tonen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="64"/>
        <source>&amp;Mine</source>
        <translation>&amp;Mijn aanvragen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>Show my applications</source>
        <translation>Mijn aanvragen tonen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="77"/>
        <source>Number of applications shown</source>
        <translation>Aantal getoonde aanvragen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="87"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>Application details</source>
        <translation>Details van de aanvraag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <source>&amp;Application</source>
        <translation>&amp;Aanvraag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="132"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="137"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="146"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="159"/>
        <location filename="../ui/MainWindow.ui" line="170"/>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="171"/>
        <source>Every applicant and change that needs the office. Press Enter to open the application.</source>
        <translation>Alle aanvragers en wijzigingen die actie van het kantoor vragen. Druk op Enter om de aanvraag te openen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="182"/>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="183"/>
        <source>Send waiting changes and fetch the latest state (F5)</source>
        <translation>Wachtende wijzigingen versturen en de nieuwste stand ophalen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="184"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="187"/>
        <source>&amp;Log out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="191"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="194"/>
        <source>&amp;New application…</source>
        <translation>&amp;Nieuwe aanvraag…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="195"/>
        <source>Enter a new loan application (Ctrl+N)</source>
        <translation>Een nieuwe kredietaanvraag invoeren (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="196"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="199"/>
        <source>Create &amp;invitation…</source>
        <translation>&amp;Uitnodiging maken…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="200"/>
        <source>Invite the selected applicant with a link or code (Ctrl+I)</source>
        <translation>De geselecteerde aanvrager uitnodigen met een link of code (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="201"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="204"/>
        <source>&amp;Delete and create new invitation…</source>
        <translation>&amp;Verwijderen en nieuwe uitnodiging maken…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="205"/>
        <source>The old link or code stops working; the customer gets a new one (Ctrl+Shift+I)</source>
        <translation>De oude link of code werkt niet meer; de klant krijgt een nieuwe (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="206"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="209"/>
        <source>Change &amp;bank account…</source>
        <translation>Ander &amp;rekeningnummer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="210"/>
        <source>Change bank account</source>
        <translation>Ander rekeningnummer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="211"/>
        <source>A new IBAN puts a new contract in place; the customer keeps the link or code and goes through the steps again (Ctrl+B)</source>
        <translation>Een nieuw IBAN zet een nieuw contract klaar; de klant houdt de link of code en doorloopt de stappen opnieuw (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="212"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="215"/>
        <source>New si&amp;gning with new invitations…</source>
        <translation>Nieuwe onder&amp;tekening met nieuwe uitnodigingen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="216"/>
        <source>A new contract and a new invitation for every applicant; the current links and codes stop working (Ctrl+Shift+G)</source>
        <translation>Een nieuw contract en een nieuwe uitnodiging voor elke aanvrager; de huidige links en codes werken niet meer (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="217"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="220"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="221"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="224"/>
        <source>Go to &amp;needs attention</source>
        <translation>Naar &amp;Aandacht nodig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="225"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="228"/>
        <source>&amp;About DP Desk</source>
        <translation>&amp;Over DP Desk</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="6"/>
        <location filename="../ui/NewApplicationDialog.ui" line="12"/>
        <source>New application</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="17"/>
        <source>Each applicant gets an invitation to finish the application online. Fields are required unless marked optional.</source>
        <translation>Elke aanvrager krijgt een uitnodiging om de aanvraag online af te ronden. Alle velden zijn verplicht, tenzij ze als optioneel zijn gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="26"/>
        <source>Loan</source>
        <translation>Lening</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="33"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="42"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="43"/>
        <source>Your office&apos;s file number</source>
        <translation>Het dossiernummer van uw kantoor</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="53"/>
        <source>Loan a&amp;mount</source>
        <translation>Leen&amp;bedrag</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="62"/>
        <source>Loan amount in euros</source>
        <translation>Leenbedrag in euro</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="63"/>
        <source>€ </source>
        <translation>€ </translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="77"/>
        <source>Loan &amp;kind</source>
        <translation>&amp;Soort lening</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="86"/>
        <source>Loan kind</source>
        <translation>Soort lening</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="93"/>
        <source>&amp;Term</source>
        <translation>&amp;Looptijd</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="102"/>
        <source>Term in months</source>
        <translation>Looptijd in maanden</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="116"/>
        <source>Bank account (optional)</source>
        <translation>Bankrekening (optioneel)</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="125"/>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="134"/>
        <source>IBAN, optional</source>
        <translation>IBAN, optioneel</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="135"/>
        <source>NL91 ABNA 0417 1643 00</source>
        <translation>NL91 ABNA 0417 1643 00</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="145"/>
        <source>Account &amp;holder</source>
        <translation>Rekening&amp;houder</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="154"/>
        <source>Account holder, optional</source>
        <translation>Rekeninghouder, optioneel</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="155"/>
        <source>Name as the bank knows it</source>
        <translation>Naam zoals bekend bij de bank</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="167"/>
        <source>The customer confirms this account when signing and cannot change it there. Leave it empty if it is not known yet.</source>
        <translation>De klant bevestigt deze rekening bij het ondertekenen en kan deze daar niet wijzigen. Laat het veld leeg als de rekening nog niet bekend is.</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="182"/>
        <location filename="../ui/NewApplicationDialog.ui" line="183"/>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="188"/>
        <source>&amp;Second applicant</source>
        <translation>&amp;Tweede aanvrager</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="189"/>
        <source>Second applicant</source>
        <translation>Tweede aanvrager</translation>
    </message>
    <message>
        <location filename="../ui/NewApplicationDialog.ui" line="207"/>
        <source>What is still missing</source>
        <translation>Wat nog ontbreekt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/client/credentials/KeychainCredentialStore.cpp" line="19"/>
        <source>The login could not be kept in the system keychain: %1</source>
        <translation>De aanmelding kon niet in de sleutelhanger van het systeem worden bewaard: %1</translation>
    </message>
    <message>
        <location filename="../src/client/net/ApiClient.cpp" line="63"/>
        <source>The server answered with status %1.</source>
        <translation>De server antwoordde met status %1.</translation>
    </message>
</context>
<context>
    <name>ReplaceInvitationDialog</name>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="6"/>
        <source>Replace invitation</source>
        <translation>Uitnodiging vervangen</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="33"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="48"/>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="53"/>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="59"/>
        <source>Current</source>
        <translation>Huidige</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="64"/>
        <source>Current invitation</source>
        <translation>Huidige uitnodiging</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="70"/>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="75"/>
        <source>Why it is replaced</source>
        <translation>Reden voor vervanging</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="84"/>
        <source>The new invitation</source>
        <translation>De nieuwe uitnodiging</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="88"/>
        <source>Personal &amp;code</source>
        <translation>Persoonlijke &amp;code</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="89"/>
        <source>New invitation with a personal code</source>
        <translation>Nieuwe uitnodiging met een persoonlijke code</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="94"/>
        <source>Personal &amp;link</source>
        <translation>Persoonlijke &amp;link</translation>
    </message>
    <message>
        <location filename="../ui/ReplaceInvitationDialog.ui" line="95"/>
        <source>New invitation with a personal link</source>
        <translation>Nieuwe uitnodiging met een persoonlijke link</translation>
    </message>
</context>
<context>
    <name>dpdesk::client</name>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="19"/>
        <source>Try again later.</source>
        <translation>Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="22"/>
        <source>Try again in a minute.</source>
        <translation>Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="22"/>
        <source>Try again in %1 minutes.</source>
        <translation>Probeer het over %1 minuten opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="35"/>
        <source>The server&apos;s certificate is not trusted, so no connection was made. Ask your administrator.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, daarom is er geen verbinding gemaakt. Neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="42"/>
        <source>The server cannot be reached. Check the network connection and try again.</source>
        <translation>De server is niet bereikbaar. Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="48"/>
        <source>The username, password or code is not correct.</source>
        <translation>De gebruikersnaam, het wachtwoord of de verificatiecode is onjuist.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="52"/>
        <source>There were too many login attempts from this computer.</source>
        <translation>Er is te vaak geprobeerd in te loggen vanaf deze computer.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="57"/>
        <source>This account is locked after too many failed logins.</source>
        <translation>Dit account is geblokkeerd na te veel mislukte inlogpogingen.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="61"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>Uw sessie is beëindigd. Log opnieuw in.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="64"/>
        <source>The server has a problem (status %1). Try again in a moment.</source>
        <translation>De server heeft een probleem (status %1). Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthError.cpp" line="67"/>
        <source>The server gave an unexpected answer (status %1).</source>
        <translation>De server gaf een onverwacht antwoord (status %1).</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="28"/>
        <source>New application %1</source>
        <translation>Nieuwe aanvraag %1</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="30"/>
        <source>Change to application %1</source>
        <translation>Wijziging van aanvraag %1</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="32"/>
        <source>Invitation for application %1</source>
        <translation>Uitnodiging voor aanvraag %1</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="34"/>
        <source>New invitation replacing the old one for application %1</source>
        <translation>Nieuwe uitnodiging ter vervanging van de oude voor aanvraag %1</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="36"/>
        <source>New bank account and contract for application %1</source>
        <translation>Nieuw rekeningnummer en contract voor aanvraag %1</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="38"/>
        <source>New signing with new invitations for application %1</source>
        <translation>Nieuwe ondertekening met nieuwe uitnodigingen voor aanvraag %1</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="42"/>
        <source>A change</source>
        <translation>Een wijziging</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="49"/>
        <source>Retry applies your change to the latest version; Discard keeps the version on the server.</source>
        <translation>Met Opnieuw proberen wordt uw wijziging toegepast op de nieuwste versie; met Verwerpen blijft de versie op de server behouden.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="52"/>
        <source>If the applicant already has an invitation, replace it instead. Discard drops this one.</source>
        <translation>Heeft de aanvrager al een uitnodiging, vervang die dan. Met Verwerpen vervalt deze uitnodiging.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="54"/>
        <source>No new contract was made. Retry puts the new bank account on the latest version; Discard keeps the bank account and contract on the server and shows them again.</source>
        <translation>Er is geen nieuw contract gemaakt. Opnieuw proberen zet het nieuwe rekeningnummer op de nieuwste versie; Verwerpen houdt het rekeningnummer en contract van de server en toont die weer.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="57"/>
        <source>No new contract was made and the current links and codes still work. Retry starts the new signing on the latest version; Discard keeps everything as it is on the server.</source>
        <translation>Er is geen nieuw contract gemaakt en de huidige links en codes werken nog. Opnieuw proberen start de nieuwe ondertekening op de nieuwste versie; Verwerpen laat alles zoals het op de server staat.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="60"/>
        <source>Retry sends it again; Discard drops it.</source>
        <translation>Met Opnieuw proberen wordt de wijziging opnieuw verstuurd; met Verwerpen vervalt deze.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Conflicts.cpp" line="73"/>
        <source>The server refused this change.</source>
        <translation>De server heeft deze wijziging geweigerd.</translation>
    </message>
</context>
<context>
    <name>dpdesk::client::AuthError</name>
    <message>
        <location filename="../src/client/auth/AuthClient.cpp" line="25"/>
        <source>The server gave an answer that DP Desk does not understand.</source>
        <translation>De server gaf een antwoord dat DP Desk niet begrijpt.</translation>
    </message>
    <message>
        <location filename="../src/client/auth/AuthClient.cpp" line="96"/>
        <source>Enter your username, your password and the 6-digit code from your authenticator app.</source>
        <translation>Vul uw gebruikersnaam, uw wachtwoord en de verificatiecode van 6 cijfers uit uw authenticator-app in.</translation>
    </message>
</context>
<context>
    <name>dpdesk::client::ServerProbe</name>
    <message>
        <location filename="../src/client/net/ServerProbe.cpp" line="44"/>
        <source>The server answered with status %1.</source>
        <translation>De server antwoordde met status %1.</translation>
    </message>
</context>
<context>
    <name>dpdesk::client::Session</name>
    <message>
        <location filename="../src/client/auth/Session.cpp" line="131"/>
        <source>The server did not accept the renewed login. Please log in again.</source>
        <translation>De server heeft de verlengde inlogsessie niet geaccepteerd. Log opnieuw in.</translation>
    </message>
</context>
<context>
    <name>dpdesk::client::Workspace</name>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="105"/>
        <source>The local cache could not be opened.</source>
        <translation>De lokale cache kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="329"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="343"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="370"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="411"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="491"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="513"/>
        <source>Log in first.</source>
        <translation>Log eerst in.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="349"/>
        <source>The office already has this reference.</source>
        <translation>Het kantoor gebruikt deze referentie al.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="373"/>
        <source>The server has not confirmed this application yet. Invite once it has.</source>
        <translation>De server heeft deze aanvraag nog niet bevestigd. Nodig de aanvrager uit zodra dat is gebeurd.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="376"/>
        <location filename="../src/client/workspace/Workspace.cpp" line="417"/>
        <source>This application is not known here.</source>
        <translation>Deze aanvraag is hier niet bekend.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="382"/>
        <source>This applicant is not part of the application.</source>
        <translation>Deze aanvrager hoort niet bij de aanvraag.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="391"/>
        <source>This applicant has no invitation to replace yet. Create one.</source>
        <translation>Deze aanvrager heeft nog geen uitnodiging die vervangen kan worden. Maak er een aan.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="399"/>
        <source>This applicant already has an invitation. Use &quot;delete and create new&quot; to replace it; the old link or code then stops working.</source>
        <translation>Deze aanvrager heeft al een uitnodiging. Gebruik &quot;verwijderen en nieuwe maken&quot; om die te vervangen; de oude link of code werkt dan niet meer.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="414"/>
        <source>The server has not confirmed this application yet. Try again once it has.</source>
        <translation>De server heeft deze aanvraag nog niet bevestigd. Probeer het opnieuw zodra dat is gebeurd.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="420"/>
        <source>This application is complete: every applicant has signed and identified. Its contract cannot change any more; a different bank account needs a new application.</source>
        <translation>Deze aanvraag is afgerond: elke aanvrager heeft ondertekend en zich geïdentificeerd. Het contract kan niet meer veranderen; voor een ander rekeningnummer is een nieuwe aanvraag nodig.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="443"/>
        <source>This is already the application&apos;s bank account and account holder; nothing would change.</source>
        <translation>Dit zijn al het rekeningnummer en de rekeninghouder van de aanvraag; er zou niets veranderen.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="456"/>
        <source>This application has no applicants to invite.</source>
        <translation>Deze aanvraag heeft geen aanvragers om uit te nodigen.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="494"/>
        <source>Only a change the server refused can be discarded.</source>
        <translation>Alleen een wijziging die de server heeft geweigerd, kan worden verworpen.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="516"/>
        <source>Only a change the server refused can be retried.</source>
        <translation>Alleen een wijziging die de server heeft geweigerd, kan opnieuw worden geprobeerd.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="570"/>
        <source>The history is shown when the connection to the portal service is there.</source>
        <translation>De geschiedenis wordt getoond zodra er verbinding is met de portaaldienst.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="589"/>
        <source>The documents are shown when the connection to the portal service is there.</source>
        <translation>De documenten worden getoond zodra er verbinding is met de portaaldienst.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="623"/>
        <source>Documents open when the connection to the portal service is there.</source>
        <translation>Documenten openen zodra er verbinding is met de portaaldienst.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="632"/>
        <source>The document could not be fetched: the portal service cannot be reached.</source>
        <translation>Het document kon niet worden opgehaald: de portaaldienst is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../src/client/workspace/Workspace.cpp" line="637"/>
        <source>The server did not send a PDF.</source>
        <translation>De server stuurde geen pdf.</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ApplicantForm</name>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="20"/>
        <source>Day, month and year: DD-MM-YYYY</source>
        <translation>Dag, maand en jaar: DD-MM-JJJJ</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="27"/>
        <source>Enter the full name.</source>
        <translation>Vul de volledige naam in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="82"/>
        <source>full name</source>
        <translation>volledige naam</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="83"/>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="84"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ApplicantForm.cpp" line="85"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ApplicantPanel</name>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="88"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="90"/>
        <source>Current step</source>
        <translation>Huidige stap</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="93"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="94"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="95"/>
        <source>Identification</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="96"/>
        <source>Signing</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="103"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="105"/>
        <source>Not invited yet. Create an invitation with a link or a code.</source>
        <translation>Nog niet uitgenodigd. Maak een uitnodiging met een link of een code.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="115"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="129"/>
        <source>Sent as</source>
        <translation>Verstuurd als</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="130"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="131"/>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="132"/>
        <source>Login attempts</source>
        <translation>Inlogpogingen</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="146"/>
        <source>Create invitation</source>
        <translation>Uitnodiging maken</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="148"/>
        <source>Delete and create new invitation</source>
        <translation>Verwijderen en nieuwe uitnodiging maken</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="150"/>
        <source>The current link or code stops working at once; the customer gets a new one and continues where they were.</source>
        <translation>De huidige link of code werkt direct niet meer; de klant krijgt een nieuwe en gaat verder waar hij gebleven was.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="223"/>
        <source>Applicant %1</source>
        <translation>Aanvrager %1</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="226"/>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="270"/>
        <source>The customer can no longer log in. Delete this invitation and create a new one.</source>
        <translation>De klant kan niet meer inloggen. Verwijder deze uitnodiging en maak een nieuwe.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="272"/>
        <source>The link or code no longer works. Delete this invitation and create a new one.</source>
        <translation>De link of code werkt niet meer. Verwijder deze uitnodiging en maak een nieuwe.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicantPanel.cpp" line="275"/>
        <source>One more wrong date of birth locks this invitation.</source>
        <translation>Bij nog één onjuiste geboortedatum wordt deze uitnodiging geblokkeerd.</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ApplicationDetailView</name>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="122"/>
        <source>Select an application</source>
        <translation>Selecteer een aanvraag</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="130"/>
        <source>Choose an application in the list to see its checklist, invitations and history.</source>
        <translation>Kies een aanvraag in de lijst om de checklist, uitnodigingen en geschiedenis te zien.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="207"/>
        <source>Advisor</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="207"/>
        <source>Bank account</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="208"/>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="208"/>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="302"/>
        <source>%1 · %2 · %3 months</source>
        <translation>%1 · %2 · %3 maanden</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="308"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="311"/>
        <source>Complete</source>
        <translation>Compleet</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="314"/>
        <source>Needs your action</source>
        <translation>Actie vereist</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="321"/>
        <source>User %1</source>
        <translation>Gebruiker %1</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="324"/>
        <source>Not filled in yet</source>
        <translation>Nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="327"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="329"/>
        <source>Not a valid IBAN</source>
        <translation>Geen geldig IBAN</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/ApplicationDetailView.cpp" line="331"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ApplicationListModel</name>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="520"/>
        <source>%1/%2 steps</source>
        <translation>%1/%2 stappen</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="528"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="543"/>
        <source>%1 – %2: %3 (%4)</source>
        <translation>%1 – %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="553"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="558"/>
        <source>%1 of %2 steps done</source>
        <translation>%1 van %2 stappen gereed</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="563"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="623"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="625"/>
        <source>Applicants</source>
        <translation>Aanvragers</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="627"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="629"/>
        <source>Advisor</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="631"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="633"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="635"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="637"/>
        <source>Docs</source>
        <comment>short column title for Documents</comment>
        <translation>Doc.</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="639"/>
        <source>ID</source>
        <comment>short column title for Identification</comment>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="641"/>
        <source>Sign</source>
        <comment>short column title for Signing</comment>
        <translation>Tekenen</translation>
    </message>
    <message>
        <location filename="../src/gui/models/ApplicationListModel.cpp" line="646"/>
        <source>%1, one mark per applicant: ✓ done, ◐ in progress, ○ to do, ▲ needs action</source>
        <translation>%1, één teken per aanvrager: ✓ gereed, ◐ bezig, ○ te doen, ▲ actie nodig</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::AuditTexts</name>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="34"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="38"/>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="54"/>
        <source>the applicant</source>
        <translation>de aanvrager</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="59"/>
        <source>Application created</source>
        <translation>Aanvraag aangemaakt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="65"/>
        <source>bank account</source>
        <translation>bankrekening</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="67"/>
        <source>account holder</source>
        <translation>rekeninghouder</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="69"/>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="71"/>
        <source>term</source>
        <translation>looptijd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="73"/>
        <source>loan kind</source>
        <translation>soort lening</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="75"/>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="77"/>
        <source>advisor</source>
        <translation>adviseur</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="79"/>
        <source>applicants</source>
        <translation>aanvragers</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="83"/>
        <source>Application changed</source>
        <translation>Aanvraag gewijzigd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="84"/>
        <source>Application changed: %1</source>
        <translation>Aanvraag gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="87"/>
        <source>Invitation created for %1</source>
        <translation>Uitnodiging aangemaakt voor %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="88"/>
        <source>Invitation created for %1 (%2)</source>
        <translation>Uitnodiging aangemaakt voor %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="93"/>
        <source>locked</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="95"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="97"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="99"/>
        <source>Invitation for %1 deleted and a new one created</source>
        <translation>Uitnodiging voor %1 verwijderd en een nieuwe aangemaakt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="100"/>
        <source>Invitation for %1 deleted and a new one created (%2)</source>
        <translation>Uitnodiging voor %1 verwijderd en een nieuwe aangemaakt (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="102"/>
        <source>(the old one was %1)</source>
        <translation>(de oude was %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="106"/>
        <source>Wrong date of birth (%1 of %2)</source>
        <translation>Onjuiste geboortedatum (%1 van %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="110"/>
        <source>Locked after %1 wrong dates of birth</source>
        <translation>Geblokkeerd na %1 pogingen met een onjuiste geboortedatum</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="112"/>
        <source>Every step done; invitation completed</source>
        <translation>Alle stappen gereed; uitnodiging voltooid</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="114"/>
        <source>Accepted the documents</source>
        <translation>Akkoord gegeven op de documenten</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="117"/>
        <source>Answered no to “are your details correct?”</source>
        <translation>Antwoordde nee op “kloppen uw gegevens?”</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="118"/>
        <source>Answered the four questions</source>
        <translation>De vier vragen beantwoord</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="121"/>
        <source>Confirmed the bank account</source>
        <translation>Bankrekening bevestigd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="124"/>
        <source>Refused the contract</source>
        <translation>Overeenkomst geweigerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="124"/>
        <source>Refused the contract: %1</source>
        <translation>Overeenkomst geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="127"/>
        <source>Confirmed their identity with iDIN</source>
        <translation>Identiteit bevestigd met iDIN</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="130"/>
        <source>Signed contract version %1</source>
        <translation>Overeenkomst versie %1 ondertekend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="130"/>
        <source>Signed the contract</source>
        <translation>Overeenkomst ondertekend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="133"/>
        <source>Started identification</source>
        <translation>Identificatie gestart</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="138"/>
        <source>Identified</source>
        <translation>Geïdentificeerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="138"/>
        <source>Identified with %1</source>
        <translation>Geïdentificeerd met %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="140"/>
        <source>ID check failed</source>
        <translation>ID-controle mislukt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="140"/>
        <source>ID check failed: %1</source>
        <translation>ID-controle mislukt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="147"/>
        <source>Bank account changed; new contract version %1</source>
        <translation>Rekeningnummer gewijzigd; nieuwe contractversie %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="149"/>
        <source>Bank account set to %1; new contract version %2</source>
        <translation>Rekeningnummer ingesteld op %1; nieuwe contractversie %2</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="150"/>
        <source>Bank account changed from %1 to %2; new contract version %3</source>
        <translation>Rekeningnummer gewijzigd van %1 naar %2; nieuwe contractversie %3</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="153"/>
        <source>New signing with new invitations; new contract version %1</source>
        <translation>Nieuwe ondertekening met nieuwe uitnodigingen; nieuwe contractversie %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="157"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="158"/>
        <source>%1 version %2 generated</source>
        <translation>%1 versie %2 gemaakt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="162"/>
        <source>New contract put in place (version %1)</source>
        <translation>Nieuwe overeenkomst klaargezet (versie %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/AuditTexts.cpp" line="163"/>
        <source>New contract put in place</source>
        <translation>Nieuwe overeenkomst klaargezet</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::AuditTimeline</name>
    <message>
        <location filename="../src/gui/detail/AuditTimeline.cpp" line="23"/>
        <source>Audit timeline</source>
        <translation>Tijdlijn (audittrail)</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/AuditTimeline.cpp" line="47"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/AuditTimeline.cpp" line="54"/>
        <source>Not available offline. The timeline is loaded from the portal service when you are online again.</source>
        <translation>Niet beschikbaar zonder verbinding. De tijdlijn wordt van de portaaldienst geladen zodra u weer online bent.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/AuditTimeline.cpp" line="64"/>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ChangeBankAccountDialog</name>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="25"/>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="79"/>
        <source>Not filled in yet</source>
        <translation>Nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="31"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="52"/>
        <source>Change bank account</source>
        <translation>Ander rekeningnummer</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="56"/>
        <source>Change the bank account of %1</source>
        <translation>Het rekeningnummer van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="64"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="77"/>
        <source>Current bank account:</source>
        <translation>Huidig rekeningnummer:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="83"/>
        <source>Current account holder:</source>
        <translation>Huidige rekeninghouder:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="96"/>
        <source>e.g. NL91 ABNA 0417 1643 00</source>
        <translation>bijv. NL91 ABNA 0417 1643 00</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="97"/>
        <source>New IBAN</source>
        <translation>Nieuw IBAN</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="102"/>
        <source>&amp;New IBAN:</source>
        <translation>&amp;Nieuw IBAN:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="105"/>
        <source>Account holder</source>
        <translation>Rekeninghouder</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="109"/>
        <source>Account &amp;holder:</source>
        <translation>Rekening&amp;houder:</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="116"/>
        <source>This is the current bank account. Change the IBAN or the account holder.</source>
        <translation>Dit is het huidige rekeningnummer. Wijzig het IBAN of de rekeninghouder.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="143"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="144"/>
        <source>&amp;Put new contract in place</source>
        <translation>Nieuw contract &amp;klaarzetten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="146"/>
        <source>Change the bank account and put a new contract in place</source>
        <translation>Het rekeningnummer wijzigen en een nieuw contract klaarzetten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="156"/>
        <source>Enter the new IBAN.</source>
        <translation>Vul het nieuwe IBAN in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="164"/>
        <source>Enter the name of the account holder.</source>
        <translation>Vul de naam van de rekeninghouder in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="181"/>
        <source>This application is complete: every applicant has signed and identified. Its contract cannot change any more; a different bank account needs a new application.</source>
        <translation>Deze aanvraag is afgerond: elke aanvrager heeft ondertekend en zich geïdentificeerd. Het contract kan niet meer veranderen; voor een ander rekeningnummer is een nieuwe aanvraag nodig.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="189"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ChangeBankAccountDialog.cpp" line="203"/>
        <source>A new contract will be generated. The customer keeps the same link and code but must go through the steps again.</source>
        <translation>Er wordt een nieuw contract gemaakt. De klant houdt dezelfde link en code, maar moet de stappen opnieuw doorlopen.</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ChecklistTexts</name>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="19"/>
        <source>Accepted</source>
        <translation>Akkoord gegeven</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="20"/>
        <source>Not accepted yet</source>
        <translation>Nog geen akkoord</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="28"/>
        <source>Not started (comes after signing)</source>
        <translation>Niet gestart (volgt na het ondertekenen)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="29"/>
        <source>Not started yet</source>
        <translation>Nog niet gestart</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="31"/>
        <source>In progress on the smartphone</source>
        <translation>Bezig op de smartphone</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="34"/>
        <source>Done with %1</source>
        <translation>Afgerond met %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="35"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="38"/>
        <source>ID check failed (no reason given)</source>
        <translation>ID-controle mislukt (geen reden opgegeven)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="39"/>
        <source>ID check failed: %1</source>
        <translation>ID-controle mislukt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="51"/>
        <source>Under way: iDIN cancelled at the bank</source>
        <translation>Bezig: iDIN bij de bank afgebroken</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="53"/>
        <source>Under way: iDIN expired at the bank</source>
        <translation>Bezig: iDIN bij de bank verlopen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="55"/>
        <source>Under way: iDIN failed at the bank</source>
        <translation>Bezig: iDIN bij de bank mislukt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="57"/>
        <source>Under way: confirmed with iDIN, not signed yet</source>
        <translation>Bezig: bevestigd met iDIN, nog niet ondertekend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="59"/>
        <source>Under way, not signed yet</source>
        <translation>Bezig, nog niet ondertekend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="60"/>
        <source>Not signed yet</source>
        <translation>Nog niet ondertekend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="62"/>
        <source>Details are wrong (answered no to “are your details correct?”)</source>
        <translation>Gegevens onjuist (antwoordde nee op “kloppen uw gegevens?”)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="65"/>
        <source>Refused the contract</source>
        <translation>Overeenkomst geweigerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="66"/>
        <source>Refused the contract: %1</source>
        <translation>Overeenkomst geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="68"/>
        <source>Signed; waiting for the co-applicant to sign</source>
        <translation>Ondertekend; wacht op ondertekening door de medeaanvrager</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="70"/>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="77"/>
        <source>Contract changed (version %1): the customer must go through the steps again.</source>
        <translation>Contract gewijzigd (versie %1): de klant moet de stappen opnieuw doorlopen.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="89"/>
        <source>Locked after %1 wrong dates of birth on %2</source>
        <translation>Geblokkeerd op %2 na %1 pogingen met een onjuiste geboortedatum</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="94"/>
        <source>Deleted on %1; the link or code no longer works</source>
        <translation>Verwijderd op %1; de link of code werkt niet meer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="96"/>
        <source>Deleted; the link or code no longer works</source>
        <translation>Verwijderd; de link of code werkt niet meer</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="98"/>
        <source>Completed: every step is done</source>
        <translation>Voltooid: alle stappen zijn afgerond</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="101"/>
        <source>Expired on %1</source>
        <translation>Verlopen op %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="102"/>
        <source>Active until %1</source>
        <translation>Actief tot %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="111"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="111"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="113"/>
        <source>Locked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="115"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="117"/>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="126"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="128"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="135"/>
        <source>%1 of %2 attempts used</source>
        <translation>%1 van %2 pogingen gebruikt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="143"/>
        <source>Not invited yet</source>
        <translation>Nog niet uitgenodigd</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="151"/>
        <source>Accepting the documents</source>
        <translation>Akkoord geven op de documenten</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="153"/>
        <source>Answering the four questions</source>
        <translation>De vier vragen beantwoorden</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="155"/>
        <source>Confirming the bank account</source>
        <translation>De bankrekening bevestigen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="157"/>
        <source>Reading the contract and iDIN</source>
        <translation>De overeenkomst lezen en iDIN</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="159"/>
        <source>Signing</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="161"/>
        <source>Identifying with the ID app</source>
        <translation>Identificeren met de ID-app</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="163"/>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="165"/>
        <source>Waiting for the office</source>
        <translation>Wacht op het kantoor</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="174"/>
        <source>Personal loan</source>
        <translation>Persoonlijke lening</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="176"/>
        <source>Revolving credit</source>
        <translation>Doorlopend krediet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="185"/>
        <source>passport</source>
        <translation>paspoort</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="187"/>
        <source>identity card</source>
        <translation>identiteitskaart</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="189"/>
        <source>residence permit</source>
        <translation>verblijfsvergunning</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="191"/>
        <source>driving licence</source>
        <translation>rijbewijs</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="201"/>
        <source>1 change waiting to be sent</source>
        <translation>1 wijziging wacht op verzending</translation>
    </message>
    <message>
        <location filename="../src/gui/text/ChecklistTexts.cpp" line="201"/>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 wijzigingen wachten op verzending</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::DeskController</name>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="97"/>
        <location filename="../src/gui/window/DeskController.cpp" line="147"/>
        <source>DP Desk</source>
        <translation>DP Desk</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="185"/>
        <source>Not signed in. Use File ▸ Log out or restart to sign in.</source>
        <translation>Niet ingelogd. Kies Bestand ▸ Uitloggen of start DP Desk opnieuw om in te loggen.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="245"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="247"/>
        <source>No applicant of %1 has an invitation yet. Create one first.</source>
        <translation>Geen enkele aanvrager van %1 heeft al een uitnodiging. Maak er eerst een.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="248"/>
        <source>Every applicant of %1 already has an invitation. Use &quot;Delete and create new invitation&quot; to replace one.</source>
        <translation>Alle aanvragers van %1 hebben al een uitnodiging. Gebruik &quot;Verwijderen en nieuwe uitnodiging maken&quot; om er een te vervangen.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="260"/>
        <source>Choose the applicant</source>
        <translation>Kies de aanvrager</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="260"/>
        <source>Applicant:</source>
        <translation>Aanvrager:</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="272"/>
        <source>Invitation for %1 (%2)</source>
        <translation>Uitnodiging voor %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="371"/>
        <location filename="../src/gui/window/DeskController.cpp" line="389"/>
        <source>Change not accepted</source>
        <translation>Wijziging niet geaccepteerd</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="374"/>
        <source>&amp;Reload and retry</source>
        <translation>&amp;Opnieuw laden en proberen</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="375"/>
        <source>&amp;Discard my change</source>
        <translation>Mijn wijziging &amp;verwerpen</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="376"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="428"/>
        <source>New bank account for %1 saved; it is sent when the connection is back.</source>
        <translation>Nieuw rekeningnummer voor %1 bewaard; het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="430"/>
        <source>New bank account for %1 sent; a new contract is being put in place.</source>
        <translation>Nieuw rekeningnummer voor %1 verstuurd; er wordt een nieuw contract klaargezet.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="453"/>
        <location filename="../src/gui/window/DeskController.cpp" line="470"/>
        <source>New signing</source>
        <translation>Nieuwe ondertekening</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="454"/>
        <source>Start a new signing for %1?</source>
        <translation>Een nieuwe ondertekening starten voor %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="457"/>
        <source>A new contract will be generated and every applicant gets a new invitation (%1). Their current link or code stops working at once and they go through the steps again. The new invitations are shown as soon as the portal service has made them.</source>
        <translation>Er wordt een nieuw contract gemaakt en elke aanvrager krijgt een nieuwe uitnodiging (%1). De huidige link of code werkt meteen niet meer en de aanvragers doorlopen de stappen opnieuw. De nieuwe uitnodigingen worden getoond zodra de portaaldienst ze heeft gemaakt.</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="461"/>
        <source>&amp;Start new signing</source>
        <translation>Nieuwe ondertekening &amp;starten</translation>
    </message>
    <message>
        <location filename="../src/gui/window/DeskController.cpp" line="499"/>
        <source>Fetching %1…</source>
        <translation>%1 ophalen…</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::DocumentList</name>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="48"/>
        <location filename="../src/gui/detail/DocumentList.cpp" line="62"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="63"/>
        <source>Every version of the application&apos;s documents. Press Enter to open one.</source>
        <translation>Elke versie van de documenten van de aanvraag. Druk op Enter om er een te openen.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="66"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="88"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="94"/>
        <source>Not available offline. The documents are loaded from the portal service when you are online again.</source>
        <translation>Niet beschikbaar zonder verbinding. De documenten worden van de portaaldienst geladen zodra u weer online bent.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="112"/>
        <source>No documents yet.</source>
        <translation>Nog geen documenten.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="128"/>
        <source>Generated when it is first opened.</source>
        <translation>Wordt gemaakt wanneer het voor het eerst wordt geopend.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="129"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/DocumentList.cpp" line="130"/>
        <source>Press Enter or double-click to open.</source>
        <translation>Druk op Enter of dubbelklik om te openen.</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::DocumentTexts</name>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="11"/>
        <source>ESIC (standard credit information)</source>
        <translation>ESIC (standaardinformatie consumentenkrediet)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="13"/>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="15"/>
        <source>Provisional agreement</source>
        <translation>Voorlopige overeenkomst</translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="17"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="25"/>
        <source>Current</source>
        <translation>Huidige</translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="26"/>
        <source>Superseded on %1</source>
        <translation>Vervangen op %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="32"/>
        <source>not generated yet</source>
        <translation>nog niet gemaakt</translation>
    </message>
    <message>
        <location filename="../src/gui/text/DocumentTexts.cpp" line="38"/>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::InvitationDialog</name>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="33"/>
        <source>Save invitation letter</source>
        <translation>Uitnodigingsbrief opslaan</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="35"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="61"/>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="65"/>
        <source>Invite %1</source>
        <translation>%1 uitnodigen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="67"/>
        <source>Choose how %1 logs in to finish the application. With either, the customer also gives their date of birth.</source>
        <translation>Kies hoe %1 inlogt om de aanvraag af te ronden. In beide gevallen vult de klant ook de geboortedatum in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="80"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="117"/>
        <source>&amp;Create invitation</source>
        <translation>&amp;Uitnodiging maken</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="118"/>
        <source>Create invitation</source>
        <translation>Uitnodiging maken</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="120"/>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="247"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="153"/>
        <source>Personal code for %1</source>
        <translation>Persoonlijke code voor %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="154"/>
        <source>Personal link for %1</source>
        <translation>Persoonlijke link voor %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="157"/>
        <source>&lt;b&gt;This code is shown only this once.&lt;/b&gt; Hand it over now: copy it, e-mail it, or print or save the letter. The portal service keeps no readable copy.</source>
        <translation>&lt;b&gt;Deze code wordt maar één keer getoond.&lt;/b&gt; Geef de code nu door: kopieer of e-mail de code, of druk de brief af of sla deze op. De portaaldienst bewaart geen leesbare kopie.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="160"/>
        <source>&lt;b&gt;This link is shown only this once.&lt;/b&gt; Hand it over now: copy it, e-mail it, or print or save the letter. The portal service keeps no readable copy.</source>
        <translation>&lt;b&gt;Deze link wordt maar één keer getoond.&lt;/b&gt; Geef de link nu door: kopieer of e-mail de link, of druk de brief af of sla deze op. De portaaldienst bewaart geen leesbare kopie.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="163"/>
        <source>Personal code</source>
        <translation>Persoonlijke code</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="163"/>
        <source>Personal link</source>
        <translation>Persoonlijke link</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="167"/>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="167"/>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="174"/>
        <source>%1 goes to the application page and logs in with this code and their date of birth.</source>
        <translation>%1 gaat naar de aanvraagpagina en logt in met deze code en de eigen geboortedatum.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="176"/>
        <source>%1 goes to %2 and logs in with this code and their date of birth.</source>
        <translation>%1 gaat naar %2 en logt in met deze code en de eigen geboortedatum.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="187"/>
        <source>No QR code: the link is too long.</source>
        <translation>Geen QR-code: de link is te lang.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="190"/>
        <source>%1 opens the link, or scans the QR code, and logs in with their date of birth.</source>
        <translation>%1 opent de link of scant de QR-code en logt in met de eigen geboortedatum.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="193"/>
        <source>Valid until %1.</source>
        <translation>Geldig tot %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="215"/>
        <source>The code will not be shown again.</source>
        <translation>De code wordt niet meer getoond.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="215"/>
        <source>The link will not be shown again.</source>
        <translation>De link wordt niet meer getoond.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="218"/>
        <source>You have not copied, e-mailed, printed or saved the code yet. It will not be shown again: after closing, only a new invitation helps.</source>
        <translation>U hebt de code nog niet gekopieerd, gemaild, afgedrukt of opgeslagen. De code wordt niet meer getoond: na het sluiten helpt alleen nog een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="220"/>
        <source>You have not copied, e-mailed, printed or saved the link yet. It will not be shown again: after closing, only a new invitation helps.</source>
        <translation>U hebt de link nog niet gekopieerd, gemaild, afgedrukt of opgeslagen. De link wordt niet meer getoond: na het sluiten helpt alleen nog een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="222"/>
        <source>Close the invitation?</source>
        <translation>Uitnodiging sluiten?</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="223"/>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="251"/>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="257"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="224"/>
        <source>&amp;Keep open</source>
        <translation>&amp;Open laten</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="294"/>
        <source>The code is on the clipboard.</source>
        <translation>De code staat op het klembord.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="295"/>
        <source>The link is on the clipboard.</source>
        <translation>De link staat op het klembord.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="301"/>
        <source>No e-mail program could be opened. Copy it instead.</source>
        <translation>Er kon geen e-mailprogramma worden geopend. Kopieer de uitnodiging in plaats daarvan.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="305"/>
        <source>A new e-mail to %1 is ready in your e-mail program: check it and send it.</source>
        <translation>In uw e-mailprogramma staat een nieuwe e-mail aan %1 klaar: controleer en verstuur deze.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="314"/>
        <source>Invitation for %1</source>
        <translation>Uitnodiging voor %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="319"/>
        <source>The letter went to the printer.</source>
        <translation>De brief is naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="324"/>
        <source>Invitation %1.pdf</source>
        <translation>Uitnodiging %1.pdf</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="332"/>
        <source>The letter could not be saved: %1</source>
        <translation>De brief kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/InvitationDialog.cpp" line="335"/>
        <source>Saved as %1. The file holds the secret: delete it once the customer has the letter.</source>
        <translation>Opgeslagen als %1. Het bestand bevat de geheime code of link: verwijder het zodra de klant de brief heeft.</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::LoginDialog</name>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="63"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="64"/>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="65"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="72"/>
        <source>Enter your username.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="76"/>
        <source>Enter your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="84"/>
        <source>Enter the 6 digits your authenticator app shows now.</source>
        <translation>Vul de 6 cijfers in die uw authenticator-app nu toont.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="135"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="170"/>
        <source>The username, password or 6-digit code is not right. Type the code your authenticator app shows now and try again.</source>
        <translation>De gebruikersnaam, het wachtwoord of de verificatiecode klopt niet. Typ de code die uw authenticator-app nu toont en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="173"/>
        <source>Too many sign-in attempts. Wait a few minutes before you try again.</source>
        <translation>Te veel inlogpogingen. Wacht een paar minuten voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="175"/>
        <source>This account is locked after too many failed sign-ins. Ask the administrator of your office to unlock it.</source>
        <translation>Dit account is geblokkeerd na te veel mislukte inlogpogingen. Vraag de beheerder van uw kantoor het account te deblokkeren.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="179"/>
        <source>The portal service does not answer. Check the server address and your internet connection. If both are right, ask your administrator whether the service is running.</source>
        <translation>De portaaldienst reageert niet. Controleer het serveradres en uw internetverbinding. Kloppen die allebei, vraag dan uw beheerder of de dienst draait.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="183"/>
        <source>The server&apos;s security certificate could not be verified, so your password was not sent. Check the server address; if it is right, ask your administrator to check the certificate.</source>
        <translation>Het beveiligingscertificaat van de server kon niet worden geverifieerd; daarom is uw wachtwoord niet verstuurd. Controleer het serveradres; klopt dat, vraag dan uw beheerder het certificaat te controleren.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="189"/>
        <source>Signing in did not work. Try again; if it keeps failing, tell your administrator what the details say.</source>
        <translation>Inloggen is niet gelukt. Probeer het opnieuw; lukt het steeds niet, geef de details dan door aan uw beheerder.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="239"/>
        <source>Too many sign-in attempts. You can try again now.</source>
        <translation>Te veel inlogpogingen. U kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/LoginDialog.cpp" line="248"/>
        <source>Too many sign-in attempts. You can try again at %1 (in %2).</source>
        <translation>Te veel inlogpogingen. U kunt het om %1 opnieuw proberen (over %2).</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="155"/>
        <source>DP Desk</source>
        <translation>DP Desk</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="390"/>
        <source>DP Desk — %1</source>
        <translation>DP Desk — %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="391"/>
        <source>DP Desk — %1 — %2</source>
        <translation>DP Desk — %1 — %2</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="229"/>
        <source>Needs attention (%1)</source>
        <translation>Aandacht nodig (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="230"/>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/MainWindow.cpp" line="333"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n wijziging wacht op verzending</numerusform>
            <numerusform>%n wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/MainWindow.cpp" line="408"/>
        <source>Loading the list… (%n shown)</source>
        <translation>
            <numerusform>De lijst wordt geladen… (%n getoond)</numerusform>
            <numerusform>De lijst wordt geladen… (%n getoond)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/MainWindow.cpp" line="411"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n aanvraag</numerusform>
            <numerusform>%n aanvragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/MainWindow.cpp" line="412"/>
        <source>%1 of %n application(s)</source>
        <translation>
            <numerusform>%1 van %n aanvraag</numerusform>
            <numerusform>%1 van %n aanvragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="453"/>
        <source>About DP Desk</source>
        <translation>Over DP Desk</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="454"/>
        <source>&lt;h3&gt;DP Desk %1&lt;/h3&gt;&lt;p&gt;The back office for credit intermediaries: invitations, the customers&apos; checklists and everything that needs the office, in one window that works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DP Desk %1&lt;/h3&gt;&lt;p&gt;De back office voor kredietbemiddelaars: uitnodigingen, de checklists van klanten en alles wat actie van het kantoor vraagt, in één venster dat ook offline werkt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::NeedsAttentionModel</name>
    <message>
        <location filename="../src/gui/models/NeedsAttentionModel.cpp" line="201"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location filename="../src/gui/models/NeedsAttentionModel.cpp" line="203"/>
        <source>Applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <location filename="../src/gui/models/NeedsAttentionModel.cpp" line="205"/>
        <source>What needs doing</source>
        <translation>Wat moet er gebeuren</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::NewApplicationDialog</name>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="42"/>
        <source>&amp;Create application</source>
        <translation>&amp;Aanvraag aanmaken</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="43"/>
        <source>Create application</source>
        <translation>Aanvraag aanmaken</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="44"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="54"/>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="58"/>
        <source>not entered</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="57"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="63"/>
        <source>Personal loan</source>
        <translation>Persoonlijke lening</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="64"/>
        <source>Revolving credit</source>
        <translation>Doorlopend krediet</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="71"/>
        <source>Enter your reference for this application.</source>
        <translation>Vul uw referentie voor deze aanvraag in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="107"/>
        <source>Tick to add a co-applicant to this loan.</source>
        <translation>Vink aan om een medeaanvrager aan deze lening toe te voegen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="205"/>
        <source>Still to complete: %1.</source>
        <translation>Nog in te vullen: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="205"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="218"/>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="220"/>
        <source>loan amount</source>
        <translation>leenbedrag</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="222"/>
        <source>term</source>
        <translation>looptijd</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="224"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="226"/>
        <source>account holder</source>
        <translation>rekeninghouder</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="228"/>
        <source>%1 of applicant 1</source>
        <translation>%1 van aanvrager 1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="231"/>
        <source>%1 of applicant 2</source>
        <translation>%1 van aanvrager 2</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="297"/>
        <source>Enter the loan amount in euros.</source>
        <translation>Vul het leenbedrag in euro in.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/NewApplicationDialog.cpp" line="302"/>
        <source>Enter the term: 1 to %1 months.</source>
        <translation>Vul de looptijd in: 1 tot en met %1 maanden.</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::NotificationTexts</name>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="28"/>
        <source>%1: invitation locked</source>
        <translation>%1: uitnodiging geblokkeerd</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="29"/>
        <source>Applicant %1 entered a wrong date of birth four times and can no longer log in. Delete the invitation and create a new one.</source>
        <translation>Aanvrager %1 heeft vier keer een onjuiste geboortedatum ingevuld en kan niet meer inloggen. Verwijder de uitnodiging en maak een nieuwe.</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="34"/>
        <source>%1: details are wrong</source>
        <translation>%1: gegevens onjuist</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="35"/>
        <source>Applicant %1 answered no to “are your details correct?” and cannot sign. Check the details with the customer.</source>
        <translation>Aanvrager %1 antwoordde nee op “kloppen uw gegevens?” en kan niet ondertekenen. Controleer de gegevens met de klant.</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="40"/>
        <source>%1: contract refused</source>
        <translation>%1: overeenkomst geweigerd</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="41"/>
        <source>Applicant %1 refused the contract. The reason is in DP Desk.</source>
        <translation>Aanvrager %1 heeft de overeenkomst geweigerd. De reden staat in DP Desk.</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="44"/>
        <source>%1: ID check failed</source>
        <translation>%1: ID-controle mislukt</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="45"/>
        <source>The identification of applicant %1 failed. The reason is in DP Desk.</source>
        <translation>De identificatie van aanvrager %1 is mislukt. De reden staat in DP Desk.</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="48"/>
        <source>%1: complete</source>
        <translation>%1: compleet</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="49"/>
        <source>Every applicant has accepted the documents, signed and identified.</source>
        <translation>Alle aanvragers hebben akkoord gegeven op de documenten, ondertekend en zich geïdentificeerd.</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="71"/>
        <source>1 application needs your action</source>
        <translation>1 aanvraag vraagt om uw actie</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="72"/>
        <source>%1 applications need your action</source>
        <translation>%1 aanvragen vragen om uw actie</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="74"/>
        <source>1 application is complete</source>
        <translation>1 aanvraag is compleet</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="75"/>
        <source>%1 applications are complete</source>
        <translation>%1 aanvragen zijn compleet</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="81"/>
        <source>1 invitation locked</source>
        <translation>1 uitnodiging geblokkeerd</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="81"/>
        <source>%1 invitations locked</source>
        <translation>%1 uitnodigingen geblokkeerd</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="84"/>
        <source>1 applicant with wrong details</source>
        <translation>1 aanvrager met onjuiste gegevens</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="85"/>
        <source>%1 applicants with wrong details</source>
        <translation>%1 aanvragers met onjuiste gegevens</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="88"/>
        <source>1 contract refused</source>
        <translation>1 overeenkomst geweigerd</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="88"/>
        <source>%1 contracts refused</source>
        <translation>%1 overeenkomsten geweigerd</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="91"/>
        <source>1 ID check failed</source>
        <translation>1 ID-controle mislukt</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="91"/>
        <source>%1 ID checks failed</source>
        <translation>%1 ID-controles mislukt</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="94"/>
        <source>1 application complete</source>
        <translation>1 aanvraag compleet</translation>
    </message>
    <message>
        <location filename="../src/gui/notify/NotificationTexts.cpp" line="94"/>
        <source>%1 applications complete</source>
        <translation>%1 aanvragen compleet</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::PdfViewerDialog</name>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="60"/>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="62"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="77"/>
        <source>Pages: %1</source>
        <translation>Pagina&apos;s: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="79"/>
        <source>This PDF cannot be shown; Save as… keeps it as it is.</source>
        <translation>Deze pdf kan niet worden getoond; Opslaan als… bewaart hem zoals hij is.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="100"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="108"/>
        <source>This PDF cannot be printed.</source>
        <translation>Deze pdf kan niet worden afgedrukt.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="111"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="139"/>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="144"/>
        <source>Save document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="140"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/PdfViewerDialog.cpp" line="156"/>
        <source>Print document</source>
        <translation>Document afdrukken</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::ReplaceInvitationDialog</name>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="20"/>
        <source>Replace invitation</source>
        <translation>Uitnodiging vervangen</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="30"/>
        <source>Replace the invitation for %1?</source>
        <translation>De uitnodiging voor %1 vervangen?</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="31"/>
        <source>The current code stops working at once, and %1 must use the new invitation. Tell the customer, so that they do not keep trying the old code.</source>
        <translation>De huidige code werkt direct niet meer en %1 moet de nieuwe uitnodiging gebruiken. Laat het de klant weten, zodat die het niet met de oude code blijft proberen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="35"/>
        <source>The current link stops working at once, and %1 must use the new invitation. Tell the customer, so that they do not keep using the old link.</source>
        <translation>De huidige link werkt direct niet meer en %1 moet de nieuwe uitnodiging gebruiken. Laat het de klant weten, zodat die de oude link niet blijft gebruiken.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="41"/>
        <source>Personal code, created on %1</source>
        <translation>Persoonlijke code, aangemaakt op %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="42"/>
        <source>Personal link, created on %1</source>
        <translation>Persoonlijke link, aangemaakt op %1</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="50"/>
        <source>&amp;Delete and create new</source>
        <translation>&amp;Verwijderen en nieuwe maken</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="51"/>
        <source>Delete the current invitation and create a new one</source>
        <translation>De huidige uitnodiging verwijderen en een nieuwe maken</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="52"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="88"/>
        <source>Locked after %1 wrong dates of birth, on %2.</source>
        <translation>Geblokkeerd op %2, na %1 pogingen met een onjuiste geboortedatum.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="91"/>
        <source>Locked after %1 wrong dates of birth.</source>
        <translation>Geblokkeerd na %1 pogingen met een onjuiste geboortedatum.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="94"/>
        <source>Expired on %1.</source>
        <translation>Verlopen op %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="96"/>
        <source>Still active; %1 of %2 attempts with a wrong date of birth used. Replace it if the customer lost it or it reached the wrong person.</source>
        <translation>Nog actief; %1 van %2 pogingen met een onjuiste geboortedatum gebruikt. Vervang de uitnodiging als de klant deze kwijt is of als deze bij de verkeerde persoon terecht is gekomen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="101"/>
        <source>Still active. Replace it if the customer lost it or it reached the wrong person.</source>
        <translation>Nog actief. Vervang de uitnodiging als de klant deze kwijt is of als deze bij de verkeerde persoon terecht is gekomen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="103"/>
        <source>Already replaced; it cannot be replaced again.</source>
        <translation>Al vervangen; deze uitnodiging kan niet nogmaals worden vervangen.</translation>
    </message>
    <message>
        <location filename="../src/gui/dialogs/ReplaceInvitationDialog.cpp" line="105"/>
        <source>The applicant has finished every step; there is nothing to replace.</source>
        <translation>De aanvrager heeft alle stappen afgerond; er valt niets te vervangen.</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::StateMark</name>
    <message>
        <location filename="../src/gui/detail/StateMark.cpp" line="20"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/StateMark.cpp" line="23"/>
        <source>Under way</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/StateMark.cpp" line="26"/>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/StateMark.cpp" line="29"/>
        <source>Needs your action</source>
        <translation>Actie vereist</translation>
    </message>
</context>
<context>
    <name>dpdesk::gui::StatusIndicators</name>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="17"/>
        <source>Changes waiting to be sent</source>
        <translation>Wijzigingen die wachten op verzending</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="18"/>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="19"/>
        <source>Connection state</source>
        <translation>Verbindingsstatus</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="47"/>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="50"/>
        <source>○ Signed out</source>
        <translation>○ Uitgelogd</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="52"/>
        <source>○ Offline — changes wait until the connection is back</source>
        <translation>○ Offline — wijzigingen wachten tot de verbinding hersteld is</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="54"/>
        <source>◐ Online (checking every 30 s)</source>
        <translation>◐ Online (controle elke 30 s)</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="56"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="67"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="71"/>
        <source>Synced just now</source>
        <translation>Zojuist gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="73"/>
        <source>Synced at %1</source>
        <translation>Gesynchroniseerd om %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/StatusIndicators.cpp" line="74"/>
        <source>Synced on %1</source>
        <translation>Gesynchroniseerd op %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/window/StatusIndicators.cpp" line="82"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n wijziging wacht op verzending</numerusform>
            <numerusform>%n wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
</context>
</TS>
