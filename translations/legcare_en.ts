<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message numerus="yes">
        <source>delete %n cramp episode(s)</source>
        <translation>
            <numerusform>delete %n cramp episode</numerusform>
            <numerusform>delete %n cramp episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoctorReport</name>
    <message numerus="yes">
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 to %2 (%n day)</numerusform>
            <numerusform>%1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n days</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An episode can have several triggers and several things that helped; percentages are of all %n episodes.</source>
        <translation>
            <numerusform>An episode can have several triggers and several things that helped; percentages are of the %n episode.</numerusform>
            <numerusform>An episode can have several triggers and several things that helped; percentages are of all %n episodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All episodes (%n), oldest first</source>
        <translation>
            <numerusform>The episode (%n)</numerusform>
            <numerusform>All episodes (%n), oldest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
</TS>
