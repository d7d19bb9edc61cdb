<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <location filename="../ui/MainWindow.ui" line="16"/>
        <source>DP Desk</source>
        <translation>DP Desk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="19"/>
        <source>Application title</source>
        <translation>Titel van de applicatie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="29"/>
        <source>Portal service address</source>
        <translation>Adres van de portaaldienst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="51"/>
        <source>&amp;Check connection</source>
        <translation>&amp;Verbinding controleren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="52"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="56"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
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
        <location filename="../src/client/net/ApiClient.cpp" line="50"/>
        <source>The server answered with status %1.</source>
        <translation>De server antwoordde met status %1.</translation>
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
    <name>dpdesk::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="20"/>
        <source>Portal service: %1</source>
        <translation>Portaaldienst: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="21"/>
        <source>Connection state</source>
        <translation>Verbindingsstatus</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="35"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="38"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../src/gui/window/MainWindow.cpp" line="41"/>
        <source>○ Offline: %1</source>
        <translation>○ Offline: %1</translation>
    </message>
</context>
</TS>
