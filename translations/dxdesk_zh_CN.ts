<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a generated demonstration city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many enterprises to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enterprises needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 enterprises to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a database: schema and integrity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the full integrity check (slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this DX Desk: %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it will be upgraded when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dxdesk [--db PATH]             open the desktop application
       dxdesk demo --enterprises N [--seed S] [--db PATH] [--json]
       dxdesk check [--full] [--db PATH] [--json]
       dxdesk --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try dxdesk --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx</name>
    <message>
        <source>The reference data %1 is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data %1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store reference data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::Application</name>
    <message>
        <source>DX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DX Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::AuditRepository</name>
    <message>
        <source>Could not write the audit record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ClusterDialog</name>
    <message>
        <source>Industry clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cluster groups GB/T 4754 industry codes (divisions such as 17, 18), separated by commas. New enterprises in those industries are suggested this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::ClusterRepository</name>
    <message>
        <source>The cluster no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::CreditCode::Check</name>
    <message>
        <source>The check digit of the organisation code (position 17) looks wrong; please verify the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a unified social credit code (the letters I, O, S, V and Z are never used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character is wrong: it should be %1, not %2. The code was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::Database</name>
    <message>
        <source>Could not configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DX Desk database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a DX Desk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer DX Desk (schema version %2; this version knows up to %3). Update DX Desk to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). Restore it from a backup. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 from schema version %2 failed and was undone: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::DemoCityGenerator</name>
    <message>
        <source>The demonstration data is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of enterprises must be between 0 and 50,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration data file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::DemoLoader</name>
    <message>
        <source>Demonstration city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty. Load a demonstration city (揭阳-like: five districts, the pilot clusters 纺织服装, 塑胶, 五金制造, 食品加工 …) to try DX Desk at once? The enterprises are invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add generated, invented enterprises to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating %1 enterprises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseEditorDialog</name>
    <message>
        <source>Edit enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91445202MA4UJ3WQ2K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social &amp;credit code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry (GB/T 4754)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;luster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above designated size (规上)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 10k yuan, e.g. 2350.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual &amp;revenue (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier (专精特新)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and edit the full number. Personal information: this is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service c&amp;ommissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived (hidden from the register, never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: check character %1 is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual revenue &quot;%1&quot; is not a number of 10k yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the stored version? Your unsaved edits in this dialog will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseHistory</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full phone number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseListWidget</name>
    <message>
        <source>Search name or credit code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New enterprise (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected enterprise (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It disappears from the register but is kept with its whole history; you can restore it from the &quot;Archived&quot; filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseRepository</name>
    <message>
        <source>Could not list enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise (id %1) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enterprise has the credit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact phone &quot;%1&quot; is not a phone number (digits, spaces, +, - and brackets only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district code %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The industry code %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code %1 is already registered for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code %1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the enterprise &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 after you opened it. Your edit was not saved; reload the enterprise and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while saving; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no enterprise was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::EnterpriseTableModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::MainWindow</name>
    <message>
        <source>DX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demonstration city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New enterprise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit enterprise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry &amp;clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file; schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration enterprises were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DX Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DX Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; DX Desk never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time DX Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DX Desk %1
Case desk for SME digital transformation (中小企业数字化转型).

Database: %2
Schema version: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::Migrations</name>
    <message>
        <source>Schema step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::Tier</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovative SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialized and sophisticated SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little giant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single champion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the change failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dx::format</name>
    <message>
        <source>%1 10k yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
