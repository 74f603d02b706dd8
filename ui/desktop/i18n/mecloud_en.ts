<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditScreen</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, hash chain verified.</numerusform>
            <numerusform>The audit log is intact: %n entries, hash chain verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrandDetail</name>
    <message numerus="yes">
        <source>Shared with your consent: %n times.</source>
        <translation>
            <numerusform>Shared with your consent: once.</numerusform>
            <numerusform>Shared with your consent: %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Obtained without a consent recorded in this vault: %n touchpoints.</source>
        <translation>
            <numerusform>Obtained without a consent recorded in this vault: %n touchpoint.</numerusform>
            <numerusform>Obtained without a consent recorded in this vault: %n touchpoints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Covered by a consent you gave: %n touchpoints.</source>
        <translation>
            <numerusform>Covered by a consent you gave: %n touchpoint.</numerusform>
            <numerusform>Covered by a consent you gave: %n touchpoints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrandsScreen</name>
    <message numerus="yes">
        <source>%n brands</source>
        <translation>
            <numerusform>%n brand</numerusform>
            <numerusform>%n brands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n brands</source>
        <translation>
            <numerusform>%1 of %n brand</numerusform>
            <numerusform>%1 of %n brands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %n exports</source>
        <translation>
            <numerusform>Import %n export</numerusform>
            <numerusform>Import %n exports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This selection holds %n exports. Each is imported on its own, with its own report:</source>
        <translation>
            <numerusform>This selection holds %n export. It is imported with its own report:</numerusform>
            <numerusform>This selection holds %n exports. Each is imported on its own, with its own report:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Locked after %n minutes without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
</TS>
