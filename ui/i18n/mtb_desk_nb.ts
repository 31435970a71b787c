<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name></name>
    <message>
        <location filename="../about.py" line="18"/>
        <source>none open</source>
        <translation>ingen åpen</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="119"/>
        <source>Annotation</source>
        <translation>Annotering</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="126"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="131"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../about.py" line="32"/>
        <source>About MTB Desk</source>
        <translation>Om MTB Desk</translation>
    </message>
</context>
<context>
    <name>AnnotationSaver</name>
    <message>
        <location filename="../case/annotating.py" line="59"/>
        <source>Annotation saved</source>
        <translation>Annoteringen er lagret</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="79"/>
        <source>The annotation of %1</source>
        <translation>Annoteringen av %1</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="92"/>
        <source>Kept the other user&apos;s annotation</source>
        <translation>Beholdt den andre brukerens annotering</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case/header.py" line="28"/>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="29"/>
        <source>Prior lines</source>
        <translation>Tidligere linjer</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="30"/>
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="32"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="33"/>
        <source>TMB / MSI</source>
        <translation>TMB / MSI</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="53"/>
        <source>(no name recorded)</source>
        <translation>(navn ikke registrert)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../case/view.py" line="124"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="125"/>
        <source>Matching cohorts and drugs</source>
        <translation>Aktuelle kohorter og legemidler</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="204"/>
        <source>Select a match to see why it matches.</source>
        <translation>Velg et treff for å se hvorfor det passer.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="208"/>
        <source>Matching failed: %1</source>
        <translation>Matchingen feilet: %1</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="210"/>
        <source>No cohort in the catalogue matches this case.</source>
        <translation>Ingen kohort i katalogen passer denne saken.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="213"/>
        <source>Cohort matching is not connected to this database yet.</source>
        <translation>Kohortmatching er ikke koblet til denne databasen ennå.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="226"/>
        <source>No findings imported yet.</source>
        <translation>Ingen funn importert ennå.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="228"/>
        <source>%1 of %2 findings still to review</source>
        <translation>%1 av %2 funn gjenstår å vurdere</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../conflict_dialog.py" line="64"/>
        <source>Someone else changed this first</source>
        <translation>Noen andre endret dette først</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="68"/>
        <source>another user</source>
        <translation>en annen bruker</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="70"/>
        <source>%1 was saved by %2 while you were editing it. Nothing has been lost:</source>
        <translation>%1 ble lagret av %2 mens du redigerte. Ingenting er tapt:</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="74"/>
        <source>choose which version to keep, or merge them.</source>
        <translation>velg hvilken versjon du vil beholde, eller slå dem sammen.</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="78"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="78"/>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="78"/>
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="84"/>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="85"/>
        <source>Take theirs</source>
        <translation>Ta deres</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="86"/>
        <source>Save merged</source>
        <translation>Lagre sammenslått</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../case/findings_model.py" line="42"/>
        <source>amp</source>
        <translation>amp</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="43"/>
        <source>gain</source>
        <translation>gevinst</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="44"/>
        <source>loss</source>
        <translation>tap</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="45"/>
        <source>del</source>
        <translation>del</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="73"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="74"/>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="75"/>
        <source>Protein / detail</source>
        <translation>Protein / detalj</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="76"/>
        <source>VAF</source>
        <translation>VAF</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="77"/>
        <source>Copy number</source>
        <translation>Kopitall</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="78"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="79"/>
        <source>Annotation</source>
        <translation>Annotering</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="80"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="81"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="112"/>
        <source>Nobody is logged in</source>
        <translation>Ingen er logget inn</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="207"/>
        <source>(not assessed)</source>
        <translation>(ikke vurdert)</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="218"/>
        <source>Annotated by %1</source>
        <translation>Annotert av %1</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../window/docks.py" line="24"/>
        <source>Case history</source>
        <translation>Sakshistorikk</translation>
    </message>
    <message>
        <location filename="../window/docks.py" line="40"/>
        <source>Open a case to see its history.</source>
        <translation>Åpne en sak for å se historikken.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="44"/>
        <source>Log in to MTB Desk</source>
        <translation>Logg inn i MTB Desk</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="61"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="65"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="66"/>
        <source>User:</source>
        <translation>Bruker:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="67"/>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="87"/>
        <source>no password set</source>
        <translation>uten passord</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="95"/>
        <source>This database has no active users.</source>
        <translation>Denne databasen har ingen aktive brukere.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../window/actions.py" line="44"/>
        <source>&amp;Open SQLite database…</source>
        <translation>&amp;Åpne SQLite-database …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="49"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>&amp;Koble til PostgreSQL …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="53"/>
        <source>Open the &amp;demo database</source>
        <translation>Åpne &amp;demodatabasen</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="57"/>
        <source>Log in as another &amp;user…</source>
        <translation>Logg inn som en annen &amp;bruker …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="61"/>
        <source>&amp;Close case</source>
        <translation>&amp;Lukk sak</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="65"/>
        <source>&amp;Worklist</source>
        <translation>&amp;Arbeidsliste</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="68"/>
        <source>&amp;Find case</source>
        <translation>&amp;Finn sak</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="71"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="74"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Neste fane</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="77"/>
        <source>&amp;Previous tab</source>
        <translation>&amp;Forrige fane</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="80"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="82"/>
        <source>&amp;About MTB Desk</source>
        <translation>&amp;Om MTB Desk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window/main_window.py" line="67"/>
        <source>Worklist</source>
        <translation>Arbeidsliste</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="104"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="145"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="156"/>
        <source>Opened case %1</source>
        <translation>Åpnet sak %1</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="173"/>
        <source>Refreshed</source>
        <translation>Oppdatert</translation>
    </message>
    <message numerus="yes">
        <location filename="../window/main_window.py" line="197"/>
        <source>%n case(s) in the worklist</source>
        <translation>
            <numerusform>%n sak i arbeidslisten</numerusform>
            <numerusform>%n saker i arbeidslisten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="26"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="30"/>
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="37"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="46"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="56"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
<context>
    <name>MatchesTableModel</name>
    <message>
        <location filename="../case/matches.py" line="73"/>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="74"/>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="76"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="81"/>
        <source>eligible</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="82"/>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="83"/>
        <source>closed</source>
        <translation type="unfinished">avsluttet</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="84"/>
        <source>excluded</source>
        <translation>utelukket</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="85"/>
        <source>needs annotation</source>
        <translation>trenger annotering</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../ops/op.py" line="197"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ops/op.py" line="262"/>
        <source>MTB Desk</source>
        <translation>MTB Desk</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../ops/database.py" line="37"/>
        <source>Opening the database…</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <location filename="../ops/database.py" line="65"/>
        <source>Opening the database</source>
        <translation>Åpner databasen</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../case/recommendation.py" line="55"/>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="60"/>
        <source>Choose a match, or type a cohort or trial id</source>
        <translation>Velg et treff, eller skriv en kohort eller studie-id</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="61"/>
        <source>Use selected match</source>
        <translation>Bruk valgt treff</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="64"/>
        <source>Rationale for the board&apos;s recommendation</source>
        <translation>Begrunnelse for styrets anbefaling</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="67"/>
        <source>e.g. IHC, germline testing, liquid biopsy</source>
        <translation>f.eks. IHC, kimbanetesting, flytende biopsi</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="68"/>
        <source>Save draft</source>
        <translation>Lagre utkast</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="69"/>
        <source>No revisions or signatures yet.</source>
        <translation>Ingen revisjoner eller signaturer ennå.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="75"/>
        <source>Recording recommendations arrives with the next version.</source>
        <translation>Registrering av anbefalinger kommer i neste versjon.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="82"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="83"/>
        <source>Cohort / trial</source>
        <translation>Kohort / studie</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="84"/>
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="85"/>
        <source>Further tests</source>
        <translation>Videre tester</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="87"/>
        <source>Supporting findings</source>
        <translation>Støttende funn</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../startup.py" line="51"/>
        <source>Opening %1…</source>
        <translation>Åpner %1 …</translation>
    </message>
    <message>
        <location filename="../startup.py" line="67"/>
        <source>Open SQLite database</source>
        <translation>Åpne SQLite-database</translation>
    </message>
    <message>
        <location filename="../startup.py" line="69"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-databaser (*.sqlite *.sqlite3 *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../startup.py" line="76"/>
        <source>Connect to PostgreSQL</source>
        <translation>Koble til PostgreSQL</translation>
    </message>
    <message>
        <location filename="../startup.py" line="77"/>
        <source>Database URL (your own login; no password is stored):</source>
        <translation>Database-URL (din egen innlogging; ingen passord lagres):</translation>
    </message>
    <message>
        <location filename="../startup.py" line="88"/>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <location filename="../startup.py" line="90"/>
        <source>The database %1 could not be opened.</source>
        <translation>Databasen %1 kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="94"/>
        <source>Open another…</source>
        <translation>Åpne en annen …</translation>
    </message>
    <message>
        <location filename="../startup.py" line="96"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../startup.py" line="96"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../formatting.py" line="56"/>
        <source>referred</source>
        <translation>henvist</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="57"/>
        <source>in review</source>
        <translation>under vurdering</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="58"/>
        <source>scheduled</source>
        <translation>satt opp</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="59"/>
        <source>discussed</source>
        <translation>diskutert</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="60"/>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="61"/>
        <source>oncogenic</source>
        <translation>onkogen</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="62"/>
        <source>likely oncogenic</source>
        <translation>sannsynlig onkogen</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="63"/>
        <source>vus</source>
        <translation>VUS</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="64"/>
        <source>likely benign</source>
        <translation>sannsynlig benign</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="65"/>
        <source>benign</source>
        <translation>benign</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="66"/>
        <source>amplification</source>
        <translation>amplifikasjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="67"/>
        <source>deletion</source>
        <translation>delesjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="68"/>
        <source>fusion</source>
        <translation>fusjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="69"/>
        <source>splice</source>
        <translation>spleising</translation>
    </message>
</context>
<context>
    <name>WorklistTableModel</name>
    <message>
        <location filename="../worklist/model.py" line="42"/>
        <source>Study id</source>
        <translation>Studie-id</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="46"/>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="47"/>
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="49"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="59"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="64"/>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="69"/>
        <source>Last change</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="192"/>
        <source>This column cannot be sorted</source>
        <translation>Denne kolonnen kan ikke sorteres</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../worklist/view.py" line="39"/>
        <source>Search study id, patient or diagnosis…</source>
        <translation>Søk på studie-id, pasient eller diagnose …</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="61"/>
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="62"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="100"/>
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="105"/>
        <location filename="../worklist/view.py" line="120"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="158"/>
        <source>No cases match</source>
        <translation>Ingen saker passer</translation>
    </message>
    <message numerus="yes">
        <location filename="../worklist/view.py" line="160"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="162"/>
        <source>%1 of %2 cases loaded</source>
        <translation>%1 av %2 saker lastet</translation>
    </message>
</context>
</TS>
