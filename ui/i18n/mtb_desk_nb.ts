<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Buttons</name>
    <message>
        <location filename="../translation.py" line="51" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../translation.py" line="52" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../translation.py" line="53" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name />
    <message>
        <source>none open</source>
        <translation type="vanished">ingen åpen</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="vanished">Annotering</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="vanished">Nivå</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="vanished">Kommentar</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../about.py" line="15" />
        <source>none open</source>
        <translation>ingen åpen</translation>
    </message>
    <message>
        <location filename="../about.py" line="16" />
        <source>A desk for molecular tumour boards in precision-oncology trials.</source>
        <translation>Et arbeidsverktøy for molekylære tumorboard i studier innen persontilpasset kreftbehandling.</translation>
    </message>
    <message>
        <location filename="../about.py" line="19" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../about.py" line="20" />
        <source>Logged in as</source>
        <translation>Innlogget som</translation>
    </message>
    <message>
        <location filename="../about.py" line="35" />
        <source>About MTB Desk</source>
        <translation>Om MTB Desk</translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <location filename="../meetings/dialogs.py" line="64" />
        <source>Add cases to the agenda</source>
        <translation>Legg saker til på agendaen</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="67" />
        <source>Study id, patient or diagnosis</source>
        <translation>Studie-ID, pasient eller diagnose</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../meetings/agenda.py" line="37" />
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../meetings/agenda.py" line="38" />
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../meetings/agenda.py" line="39" />
        <source>Add case…</source>
        <translation>Legg til sak …</translation>
    </message>
</context>
<context>
    <name>AnnotationSaver</name>
    <message>
        <location filename="../case/annotating.py" line="59" />
        <source>Annotation saved</source>
        <translation>Annoteringen er lagret</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="79" />
        <source>The annotation of %1</source>
        <translation>Annoteringen av %1</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="92" />
        <source>Kept the other user's annotation</source>
        <translation>Beholdt den andre brukerens annotering</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="116" />
        <source>Annotation</source>
        <translation>Annotering</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="123" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="130" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../meetings/dialogs.py" line="108" />
        <source>Add attendee</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="119" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="120" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case/header.py" line="28" />
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="29" />
        <source>Prior lines</source>
        <translation>Tidligere linjer</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="30" />
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="31" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="32" />
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="33" />
        <source>TMB / MSI</source>
        <translation>TMB / MSI</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="53" />
        <source>(no name recorded)</source>
        <translation>(navn ikke registrert)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../case/view.py" line="313" />
        <source>Approved alternative</source>
        <translation>Godkjent alternativ</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="315" />
        <source>Not tested</source>
        <translation>Ikke testet</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="138" />
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="139" />
        <source>Matching cohorts and drugs</source>
        <translation>Aktuelle kohorter og legemidler</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="257" />
        <source>Select a match to see why it matches.</source>
        <translation>Velg et treff for å se hvorfor det passer.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="261" />
        <source>Matching failed: %1</source>
        <translation>Matchingen feilet: %1</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="263" />
        <source>No cohort in the catalogue matches this case.</source>
        <translation>Ingen kohort i katalogen passer denne saken.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="266" />
        <source>Cohort matching is not connected to this database yet.</source>
        <translation>Kohortmatching er ikke koblet til denne databasen ennå.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="279" />
        <source>No findings imported yet.</source>
        <translation>Ingen funn importert ennå.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="281" />
        <source>%1 of %2 findings still to review</source>
        <translation>%1 av %2 funn gjenstår å vurdere</translation>
    </message>
</context>
<context>
    <name>CohortsView</name>
    <message>
        <location filename="../cohorts/view.py" line="32" />
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="33" />
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="34" />
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="35" />
        <source>Enrolled</source>
        <translation>Inkludert</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="36" />
        <source>Benefit</source>
        <translation>Nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="37" />
        <source>No benefit</source>
        <translation>Ingen nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="38" />
        <source>Awaiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="39" />
        <source>Free places</source>
        <translation>Ledige plasser</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="40" />
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="43" />
        <source>Drug</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="44" />
        <source>Brand</source>
        <translation>Handelsnavn</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="45" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="46" />
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="47" />
        <source>On-label</source>
        <translation>Godkjent bruk</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="50" />
        <source>open (stage 1)</source>
        <translation>åpen (trinn 1)</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="51" />
        <source>awaiting stage-1 outcomes</source>
        <translation>venter på utfall i trinn 1</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="52" />
        <source>expanded (stage 2)</source>
        <translation>utvidet (trinn 2)</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="53" />
        <source>awaiting stage-2 outcomes</source>
        <translation>venter på utfall i trinn 2</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="54" />
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="55" />
        <source>closed: negative</source>
        <translation>lukket: negativ</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="56" />
        <source>suspended</source>
        <translation>stanset</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="57" />
        <source>other trial</source>
        <translation>annen studie</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="103" />
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="148" />
        <source>No drug catalogue loaded in this database.</source>
        <translation>Ingen legemiddelkatalog er lastet inn i denne databasen.</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="151" />
        <source>%1 · catalogue version %2</source>
        <translation>%1 · katalogversjon %2</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="114" />
        <location filename="../cohorts/view.py" line="152" />
        <source>Drug catalogue</source>
        <translation>Legemiddelkatalog</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="158" />
        <source>%1 (%2): %3 of %4 places left</source>
        <translation>%1 (%2): %3 av %4 plasser igjen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../conflict_dialog.py" line="64" />
        <source>Someone else changed this first</source>
        <translation>Noen andre endret dette først</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="68" />
        <source>another user</source>
        <translation>en annen bruker</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="70" />
        <source>%1 was saved by %2 while you were editing it. Nothing has been lost:</source>
        <translation>%1 ble lagret av %2 mens du redigerte. Ingenting er tapt:</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="74" />
        <source>choose which version to keep, or merge them.</source>
        <translation>velg hvilken versjon du vil beholde, eller slå dem sammen.</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="78" />
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="78" />
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="78" />
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="80" />
        <source>Merged</source>
        <translation>Sammenslått</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="84" />
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="85" />
        <source>Take theirs</source>
        <translation>Ta deres</translation>
    </message>
    <message>
        <location filename="../conflict_dialog.py" line="86" />
        <source>Save merged</source>
        <translation>Lagre sammenslått</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../meetings/decision_panel.py" line="36" />
        <source>Cohort, trial id or drug (click a match)</source>
        <translation>Kohort, studie-ID eller legemiddel (klikk et treff)</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="38" />
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="40" />
        <source>Finalise decision</source>
        <translation>Fastsett beslutning</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="42" />
        <source>Reason to defer, e.g. awaiting germline result</source>
        <translation>Grunn til utsettelse, f.eks. venter på kimbaneresultat</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="43" />
        <source>Defer</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="49" />
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="93" />
        <source>Write the rationale first.</source>
        <translation>Skriv begrunnelsen først.</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="100" />
        <source>Say why the case is deferred.</source>
        <translation>Oppgi hvorfor saken utsettes.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <location filename="../documents/exporting.py" line="82" />
        <source>Exporting the decision for %1</source>
        <translation>Eksporterer beslutningen for %1</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="92" />
        <source>not signed</source>
        <translation>ikke signert</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="94" />
        <source>&lt;b&gt;%1&lt;/b&gt; saved as %2&lt;br&gt;Signed by: %3&lt;br&gt;SHA-256: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lagret som %2&lt;br&gt;Signert av: %3&lt;br&gt;SHA-256: %4</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="120" />
        <source>Exporting the minutes</source>
        <translation>Eksporterer referatet</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="127" />
        <source>&lt;b&gt;%1&lt;/b&gt; saved as %2&lt;br&gt;SHA-256: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lagret som %2&lt;br&gt;SHA-256: %3</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="155" />
        <source>Exporting the decisions table</source>
        <translation>Eksporterer beslutningstabellen</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="162" />
        <source>%1 decision(s) saved in %2</source>
        <translation>%1 beslutning(er) lagret i %2</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="167" />
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>EnrolmentsPanel</name>
    <message>
        <location filename="../cohorts/enrolments.py" line="36" />
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="37" />
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="38" />
        <source>Enrolled</source>
        <translation>Inkludert</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="39" />
        <source>Benefit</source>
        <translation>Nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="40" />
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="41" />
        <source>Evaluated</source>
        <translation>Evaluert</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="42" />
        <source>Withdrawn</source>
        <translation>Trukket ut</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="43" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="54" />
        <source>awaiting week 16</source>
        <translation>venter på uke 16</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="56" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="57" />
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="86" />
        <source>Record week-16 outcome…</source>
        <translation>Registrer utfall ved uke 16…</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="87" />
        <source>Withdraw…</source>
        <translation>Trekk ut…</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="127" />
        <source>Enrolled in %1 (%2)</source>
        <translation>Inkludert i %1 (%2)</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="193" />
        <source>Week-16 outcome of %1 recorded</source>
        <translation>Utfall ved uke 16 for %1 er registrert</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="202" />
        <source>%1 withdrawn from %2</source>
        <translation>%1 er trukket ut av %2</translation>
    </message>
    <message>
        <source>Week-16 outcome</source>
        <translation>Utfall uke 16</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>nytte</translation>
    </message>
    <message>
        <source>no benefit</source>
        <translation>ingen nytte</translation>
    </message>
    <message>
        <source>not evaluable</source>
        <translation>ikke evaluerbar</translation>
    </message>
    <message>
        <source>Confirm week-16 outcome…</source>
        <translation>Bekreft utfall uke 16 …</translation>
    </message>
    <message>
        <source>Confirm week-16 outcome</source>
        <translation>Bekreft utfall uke 16</translation>
    </message>
    <message>
        <source>%1 in %2: the visits give %3.

Confirm this outcome? It then counts in the cohort's two-stage rule.</source>
        <translation>%1 i %2: besøkene gir %3.

Bekreft dette utfallet? Det teller da i kohortens totrinnsregel.</translation>
    </message>
    <message>
        <source>Week-16 outcome of %1 confirmed</source>
        <translation>Utfall uke 16 for %1 bekreftet</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../case/findings_model.py" line="42" />
        <source>amp</source>
        <translation>amp</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="43" />
        <source>gain</source>
        <translation>gevinst</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="44" />
        <source>loss</source>
        <translation>tap</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="45" />
        <source>del</source>
        <translation>del</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="73" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="74" />
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="75" />
        <source>Protein / detail</source>
        <translation>Protein / detalj</translation>
    </message>
    <message>
        <source>germline</source>
        <translation>kimbane</translation>
    </message>
    <message>
        <source>somatic</source>
        <translation>somatisk</translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation>usikker</translation>
    </message>
    <message>
        <source>Written in the file as %1</source>
        <translation>Skrevet i filen som %1</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="76" />
        <source>VAF</source>
        <translation>VAF</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="77" />
        <source>Copy number</source>
        <translation>Kopitall</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="78" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="79" />
        <source>Annotation</source>
        <translation>Annotering</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="80" />
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="81" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="112" />
        <source>Nobody is logged in</source>
        <translation>Ingen er logget inn</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="207" />
        <source>(not assessed)</source>
        <translation>(ikke vurdert)</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="218" />
        <source>Annotated by %1</source>
        <translation>Annotert av %1</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../window/docks.py" line="24" />
        <source>Case history</source>
        <translation>Sakshistorikk</translation>
    </message>
    <message>
        <location filename="../window/docks.py" line="40" />
        <source>Open a case to see its history.</source>
        <translation>Åpne en sak for å se historikken.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../imports/flow.py" line="34" />
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="38" />
        <source>field “%1”</source>
        <translation>felt «%1»</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="40" />
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="78" />
        <source>Reading %1</source>
        <translation>Leser %1</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="110" />
        <source>Importing %1</source>
        <translation>Importerer %1</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="122" />
        <source>Imported %1 finding(s) from %2</source>
        <translation>Importerte %1 funn fra %2</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="134" />
        <source>Import cancelled; nothing was imported</source>
        <translation>Importen ble avbrutt; ingenting ble importert</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="140" />
        <source>Could not import %1</source>
        <translation>Kunne ikke importere %1</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="124" />
        <source>Choose the sample</source>
        <translation>Velg prøven</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="126" />
        <source>%1 holds several samples. Which one is the tumour of this case?</source>
        <translation>%1 inneholder flere prøver. Hvilken er svulsten i denne saken?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../imports/preview_dialog.py" line="50" />
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="52" />
        <source>Nothing has been written yet. This is what %1 will add to case %2:</source>
        <translation>Ingenting er lagret ennå. Dette vil %1 legge til i sak %2:</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="63" />
        <source>No warnings.</source>
        <translation>Ingen advarsler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../imports/preview_dialog.py" line="69" />
        <source>Import %n finding(s)</source>
        <translation>
            <numerusform>Importer %n funn</numerusform>
            <numerusform>Importer %n funn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="76" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="84" />
        <source>Assay</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="85" />
        <source>Sample</source>
        <translation>Prøve</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="86" />
        <source>Genome build</source>
        <translation>Genomversjon</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="93" />
        <source>TMB</source>
        <translation>TMB</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="94" />
        <source>MSI</source>
        <translation>MSI</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="96" />
        <source>%1 of %2 findings did not pass the lab's filters</source>
        <translation>%1 av %2 funn besto ikke laboratoriets filtre</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="100" />
        <source>Filtered</source>
        <translation>Filtrert</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="105" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="105" />
        <source>Count</source>
        <translation>Antall</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="44" />
        <source>Log in to MTB Desk</source>
        <translation>Logg inn i MTB Desk</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="61" />
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="65" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="66" />
        <source>User:</source>
        <translation>Bruker:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="67" />
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="87" />
        <source>no password set</source>
        <translation>uten passord</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="95" />
        <source>This database has no active users.</source>
        <translation>Denne databasen har ingen aktive brukere.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../window/actions.py" line="48" />
        <source>&amp;Import report…</source>
        <translation>&amp;Importer rapport …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="52" />
        <source>&amp;Export and sign decision…</source>
        <translation>&amp;Eksporter og signer beslutning …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="56" />
        <source>&amp;Verify PDF…</source>
        <translation>&amp;Verifiser PDF …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="59" />
        <source>&amp;Meetings</source>
        <translation>&amp;Møter</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="62" />
        <source>C&amp;ohorts and drugs</source>
        <translation>K&amp;ohorter og legemidler</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="65" />
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="75" />
        <source>&amp;Open SQLite database…</source>
        <translation>&amp;Åpne SQLite-database …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="80" />
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>&amp;Koble til PostgreSQL …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="84" />
        <source>Open the &amp;demo database</source>
        <translation>Åpne &amp;demodatabasen</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="88" />
        <source>Log in as another &amp;user…</source>
        <translation>Logg inn som en annen &amp;bruker …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="92" />
        <source>&amp;Close case</source>
        <translation>&amp;Lukk sak</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="94" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="96" />
        <source>&amp;Worklist</source>
        <translation>&amp;Arbeidsliste</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="99" />
        <source>&amp;Find case</source>
        <translation>&amp;Finn sak</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="102" />
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="105" />
        <source>&amp;Next tab</source>
        <translation>&amp;Neste fane</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="108" />
        <source>&amp;Previous tab</source>
        <translation>&amp;Forrige fane</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="111" />
        <source>&amp;Full screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="113" />
        <source>&amp;About MTB Desk</source>
        <translation>&amp;Om MTB Desk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window/main_window.py" line="68" />
        <source>Worklist</source>
        <translation>Arbeidsliste</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="108" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="151" />
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="162" />
        <source>Opened case %1</source>
        <translation>Åpnet sak %1</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="181" />
        <source>Refreshed</source>
        <translation>Oppdatert</translation>
    </message>
    <message numerus="yes">
        <location filename="../window/main_window.py" line="205" />
        <source>%n case(s) in the worklist</source>
        <translation>
            <numerusform>%n sak i arbeidslisten</numerusform>
            <numerusform>%n saker i arbeidslisten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="26" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="30" />
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="41" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="57" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="67" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
<context>
    <name>MatchesTableModel</name>
    <message>
        <location filename="../case/matches.py" line="73" />
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="74" />
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="76" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="81" />
        <source>eligible</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="82" />
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="83" />
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="84" />
        <source>excluded</source>
        <translation>utelukket</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="85" />
        <source>needs annotation</source>
        <translation>trenger annotering</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="86" />
        <source>needs confirmation</source>
        <translation>trenger bekreftelse</translation>
    </message>
</context>
<context>
    <name>MeetingClosing</name>
    <message>
        <location filename="../meetings/closing.py" line="34" />
        <source>1 case was not discussed — close the meeting anyway?</source>
        <translation>1 sak ble ikke diskutert – avslutte møtet likevel?</translation>
    </message>
    <message>
        <location filename="../meetings/closing.py" line="37" />
        <source>%1 cases were not discussed — close the meeting anyway?</source>
        <translation>%1 saker ble ikke diskutert – avslutte møtet likevel?</translation>
    </message>
</context>
<context>
    <name>MeetingMinutes</name>
    <message>
        <location filename="../meetings/minutes.py" line="21" />
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../meetings/minutes.py" line="25" />
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <location filename="../meetings/minutes.py" line="32" />
        <source>deferred</source>
        <translation>utsatt</translation>
    </message>
    <message>
        <location filename="../meetings/minutes.py" line="39" />
        <source>not yet discussed</source>
        <translation>ikke drøftet ennå</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../meetings/view.py" line="58" />
        <source>New meeting…</source>
        <translation>Nytt møte …</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="59" />
        <source>Choose a meeting</source>
        <translation>Velg et møte</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="63" />
        <source>Add attendee…</source>
        <translation>Legg til deltaker …</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="65" />
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="66" />
        <source>Export minutes…</source>
        <translation>Eksporter referat …</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="67" />
        <source>Export decisions (XLSX)…</source>
        <translation>Eksporter beslutninger (XLSX) …</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="68" />
        <location filename="../meetings/view.py" line="137" />
        <source>Close meeting…</source>
        <translation>Avslutt møtet…</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="76" />
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="81" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="88" />
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="91" />
        <source>Minutes so far</source>
        <translation>Referat så langt</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="137" />
        <source>Reopen meeting</source>
        <translation>Gjenåpne møtet</translation>
    </message>
    <message numerus="yes">
        <location filename="../meetings/view.py" line="154" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="215" />
        <source>Someone else changed this meeting first; showing their version.</source>
        <translation>Noen andre endret møtet først; viser deres versjon.</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="231" />
        <source>Agenda order saved</source>
        <translation>Rekkefølgen på agendaen er lagret</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="249" />
        <location filename="../meetings/view.py" line="370" />
        <source>Attendance saved</source>
        <translation>Oppmøtet er lagret</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="287" />
        <source>Meeting closed</source>
        <translation>Møtet er avsluttet</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="287" />
        <source>Meeting reopened</source>
        <translation>Møtet er gjenåpnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../meetings/view.py" line="343" />
        <source>%n case(s) added to the agenda</source>
        <translation>
            <numerusform>%n sak lagt til på agendaen</numerusform>
            <numerusform>%n saker lagt til på agendaen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../meetings/dialogs.py" line="45" />
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="49" />
        <source>Molecular tumour board</source>
        <translation>Molekylært tumorboard</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="51" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="52" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../ops/op.py" line="197" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ops/op.py" line="262" />
        <source>MTB Desk</source>
        <translation>MTB Desk</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../ops/database.py" line="38" />
        <source>Opening the database…</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <location filename="../ops/database.py" line="68" />
        <source>Opening the database</source>
        <translation>Åpner databasen</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../cohorts/dialogs.py" line="47" />
        <source>Week-16 outcome of %1</source>
        <translation>Utfall ved uke 16 for %1</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="49" />
        <source>Yes: clinical benefit</source>
        <translation>Ja: klinisk nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="50" />
        <source>No: no clinical benefit</source>
        <translation>Nei: ingen klinisk nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="56" />
        <source>Clinical benefit</source>
        <translation>Klinisk nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="57" />
        <source>Response (RECIST)</source>
        <translation>Respons (RECIST)</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="58" />
        <source>Evaluated on</source>
        <translation>Evaluert dato</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="63" />
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../documents/pdf_preview.py" line="59" />
        <source>Rendering the preview…</source>
        <translation>Lager forhåndsvisning …</translation>
    </message>
    <message>
        <location filename="../documents/pdf_preview.py" line="75" />
        <source>No preview here (this system lacks a PDF renderer); use Open.</source>
        <translation>Ingen forhåndsvisning her (systemet mangler PDF-visning); bruk Åpne.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../documents/pdf_preview.py" line="98" />
        <source>Exported: %1</source>
        <translation>Eksportert: %1</translation>
    </message>
    <message>
        <location filename="../documents/pdf_preview.py" line="105" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../documents/pdf_preview.py" line="108" />
        <source>Show folder</source>
        <translation>Vis mappe</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../meetings/presentation.py" line="104" />
        <source>Presentation — %1</source>
        <translation>Presentasjon — %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="115" />
        <source>→ next   ← previous   Esc leave</source>
        <translation>→ neste   ← forrige   Esc avslutt</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="142" />
        <source>Key findings</source>
        <translation>Viktigste funn</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="143" />
        <source>Matching cohorts and drugs</source>
        <translation>Aktuelle kohorter og legemidler</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="161" />
        <source>The agenda is empty.</source>
        <translation>Agendaen er tom.</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="169" />
        <source>Case %1 of %2 · %3</source>
        <translation>Sak %1 av %2 · %3</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="206" />
        <source>ECOG %1</source>
        <translation>ECOG %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="207" />
        <source>%1 prior line(s)</source>
        <translation>%1 tidligere linje(r)</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="219" />
        <source>No actionable finding.</source>
        <translation>Ingen behandlingsrettede funn.</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="225" />
        <source>No cohort matches.</source>
        <translation>Ingen kohort passer.</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="232" />
        <source>Deferred: %1</source>
        <translation>Utsatt: %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="235" />
        <source>Recorded: %1 (%2)</source>
        <translation>Registrert: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="242" />
        <source>No decision yet.</source>
        <translation>Ingen beslutning ennå.</translation>
    </message>
</context>
<context>
    <name>RecommendationController</name>
    <message>
        <location filename="../case/recommending.py" line="149" />
        <source>Recommendation revision %1 finalised</source>
        <translation>Anbefalingen, revisjon %1, er fastsatt</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="151" />
        <source>Recommendation draft saved (revision %1)</source>
        <translation>Utkast til anbefaling lagret (revisjon %1)</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="177" />
        <source>The draft recommendation for %1</source>
        <translation>Utkastet til anbefaling for %1</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="217" />
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="224" />
        <source>Cohort / trial</source>
        <translation>Kohort / studie</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="230" />
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="236" />
        <source>Further tests</source>
        <translation>Videre tester</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../case/recommendation.py" line="78" />
        <source>Revision %1 · %2 · %3</source>
        <translation>Revisjon %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="84" />
        <source>recorded by %1, %2</source>
        <translation>registrert av %1, %2</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="91" />
        <source>finalised by %1, %2</source>
        <translation>fastsatt av %1, %2</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="97" />
        <source>signed by %1 (%2), %3</source>
        <translation>signert av %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="110" />
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="115" />
        <source>Choose a match, or type a cohort or trial id</source>
        <translation>Velg et treff, eller skriv en kohort eller studie-id</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="116" />
        <source>Use selected match</source>
        <translation>Bruk valgt treff</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="119" />
        <source>Rationale for the board's recommendation</source>
        <translation>Begrunnelse for styrets anbefaling</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="122" />
        <source>e.g. IHC, germline testing, liquid biopsy</source>
        <translation>f.eks. IHC, kimbanetesting, flytende biopsi</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="123" />
        <source>Save draft</source>
        <translation>Lagre utkast</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="124" />
        <source>Finalise</source>
        <translation>Fastsett</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="125" />
        <location filename="../case/recommendation.py" line="236" />
        <source>No recommendation recorded yet.</source>
        <translation>Ingen anbefaling registrert ennå.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="135" />
        <source>Recording recommendations is not connected.</source>
        <translation>Registrering av anbefalinger er ikke koblet til.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="155" />
        <source>Revisions and signatures</source>
        <translation>Revisjoner og signaturer</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="235" />
        <source>No revisions or signatures yet.</source>
        <translation>Ingen revisjoner eller signaturer ennå.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="240" />
        <source>Revision %1 is %2.</source>
        <translation>Revisjon %1 er %2.</translation>
    </message>
    <message>
        <source>Recording recommendations arrives with the next version.</source>
        <translation type="vanished">Registrering av anbefalinger kommer i neste versjon.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="142" />
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="143" />
        <source>Cohort / trial</source>
        <translation>Kohort / studie</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="144" />
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="145" />
        <source>Further tests</source>
        <translation>Videre tester</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="147" />
        <source>Supporting findings</source>
        <translation>Støttende funn</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../window/screens.py" line="89" />
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="106" />
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="124" />
        <source>Choose a meeting, then start the presentation.</source>
        <translation>Velg et møte, og start deretter presentasjonen.</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="151" />
        <source>Open a case first.</source>
        <translation>Åpne en sak først.</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="160" />
        <source>Import a lab report into %1</source>
        <translation>Importer en laboratorierapport i %1</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="163" />
        <source>Lab files (*.tsv *.vcf *.vcf.gz *.maf *.txt *.csv *.xlsx *.xml);;All files (*)</source>
        <translation>Laboratoriefiler (*.tsv *.vcf *.vcf.gz *.maf *.txt *.csv *.xlsx *.xml);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../documents/sign_dialog.py" line="57" />
        <source>Export and sign the decision for %1</source>
        <translation>Eksporter og signer beslutningen for %1</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="60" />
        <source>Your signing credential (.p12 / .pfx)</source>
        <translation>Signeringssertifikatet ditt (.p12 / .pfx)</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="61" />
        <location filename="../documents/sign_dialog.py" line="78" />
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="64" />
        <source>Unlocks the credential; never stored</source>
        <translation>Låser opp sertifikatet; lagres aldri</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="85" />
        <source>Only the chair or a pathologist signs a decision; you can export it unsigned.</source>
        <translation>Bare lederen eller en patolog signerer en beslutning; du kan eksportere den usignert.</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="92" />
        <source>Credential file</source>
        <translation>Sertifikatfil</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="93" />
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="94" />
        <source>Sign as</source>
        <translation>Signer som</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="95" />
        <source>Language of the PDF</source>
        <translation>Språk i PDF-en</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="96" />
        <source>Save in folder</source>
        <translation>Lagre i mappe</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="99" />
        <source>Sign and export</source>
        <translation>Signer og eksporter</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="102" />
        <source>Export unsigned</source>
        <translation>Eksporter usignert</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="112" />
        <source>The recommendation must be final. Unlocking your credential with its password confirms that you sign this decision.</source>
        <translation>Anbefalingen må være fastsatt. Når du låser opp sertifikatet med passordet, bekrefter du at du signerer denne beslutningen.</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="127" />
        <source>Choose your signing credential</source>
        <translation>Velg signeringssertifikatet ditt</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="129" />
        <source>PKCS#12 credentials (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-sertifikater (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="136" />
        <source>Save documents in</source>
        <translation>Lagre dokumenter i</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="143" />
        <source>Choose your credential file and type its password.</source>
        <translation>Velg sertifikatfilen og skriv inn passordet.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../startup.py" line="59" />
        <source>Opening %1…</source>
        <translation>Åpner %1 …</translation>
    </message>
    <message>
        <location filename="../startup.py" line="75" />
        <source>Open SQLite database</source>
        <translation>Åpne SQLite-database</translation>
    </message>
    <message>
        <location filename="../startup.py" line="77" />
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-databaser (*.sqlite *.sqlite3 *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../startup.py" line="84" />
        <source>Connect to PostgreSQL</source>
        <translation>Koble til PostgreSQL</translation>
    </message>
    <message>
        <location filename="../startup.py" line="101" />
        <source>Database password</source>
        <translation>Passord til databasen</translation>
    </message>
    <message>
        <location filename="../startup.py" line="102" />
        <source>Password for %1:</source>
        <translation>Passord for %1:</translation>
    </message>
    <message>
        <location filename="../startup.py" line="85" />
        <source>Database URL (your own login; no password is stored):</source>
        <translation>Database-URL (din egen innlogging; ingen passord lagres):</translation>
    </message>
    <message>
        <location filename="../startup.py" line="116" />
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <location filename="../startup.py" line="118" />
        <source>The database %1 could not be opened.</source>
        <translation>Databasen %1 kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="122" />
        <source>Open another…</source>
        <translation>Åpne en annen …</translation>
    </message>
    <message>
        <location filename="../startup.py" line="124" />
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../startup.py" line="124" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>TwoStageChart</name>
    <message>
        <location filename="../cohorts/chart.py" line="52" />
        <source>%1: benefit against the two-stage rule</source>
        <translation>%1: nytte målt mot totrinnsregelen</translation>
    </message>
    <message>
        <location filename="../cohorts/chart.py" line="55" />
        <source>Evaluated %1 (+%2 awaiting week 16)</source>
        <translation>Evaluert %1 (+%2 venter på uke 16)</translation>
    </message>
    <message>
        <location filename="../cohorts/chart.py" line="60" />
        <source>stage 1: %1</source>
        <translation>trinn 1: %1</translation>
    </message>
    <message>
        <location filename="../cohorts/chart.py" line="65" />
        <source>≥%1 of %2</source>
        <translation>≥%1 av %2</translation>
    </message>
    <message>
        <source>stage 1: 8</source>
        <translation type="vanished">trinn 1: 8</translation>
    </message>
    <message>
        <source>24</source>
        <translation type="vanished">24</translation>
    </message>
    <message>
        <location filename="../cohorts/chart.py" line="64" />
        <source>With clinical benefit: %1</source>
        <translation>Med klinisk nytte: %1</translation>
    </message>
    <message>
        <source>≥1 of 8</source>
        <translation type="vanished">≥1 av 8</translation>
    </message>
    <message>
        <source>≥5 of 24</source>
        <translation type="vanished">≥5 av 24</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../formatting.py" line="56" />
        <source>referred</source>
        <translation>henvist</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="57" />
        <source>in review</source>
        <translation>under vurdering</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="58" />
        <source>scheduled</source>
        <translation>satt opp</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="59" />
        <source>discussed</source>
        <translation>diskutert</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="60" />
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="61" />
        <source>oncogenic</source>
        <translation>onkogen</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="62" />
        <source>likely oncogenic</source>
        <translation>sannsynlig onkogen</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="63" />
        <source>vus</source>
        <translation>VUS</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="64" />
        <source>likely benign</source>
        <translation>sannsynlig benign</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="65" />
        <source>benign</source>
        <translation>benign</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="66" />
        <source>amplification</source>
        <translation>amplifikasjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="67" />
        <source>deletion</source>
        <translation>delesjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="68" />
        <source>fusion</source>
        <translation>fusjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="69" />
        <source>splice</source>
        <translation>spleising</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="70" />
        <source>impress cohort</source>
        <translation>IMPRESS-kohort</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="71" />
        <source>other trial</source>
        <translation>annen studie</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="72" />
        <source>approved therapy</source>
        <translation>godkjent behandling</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="73" />
        <source>off label</source>
        <translation>utenfor godkjent indikasjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="74" />
        <source>no actionable</source>
        <translation>ingen behandlingsrettet endring</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="75" />
        <source>further testing</source>
        <translation>videre testing</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="76" />
        <source>genetic counselling</source>
        <translation>genetisk veiledning</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="77" />
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="78" />
        <source>final</source>
        <translation>fastsatt</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="79" />
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="80" />
        <source>superseded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="81" />
        <source>pending</source>
        <translation>venter</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="82" />
        <source>deferred</source>
        <translation>utsatt</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="83" />
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="84" />
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="85" />
        <source>reader</source>
        <translation>leser</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="86" />
        <source>clinician</source>
        <translation>kliniker</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="87" />
        <source>pathologist</source>
        <translation>patolog</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="88" />
        <source>bioinformatician</source>
        <translation>bioinformatiker</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="89" />
        <source>secretary</source>
        <translation>sekretær</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="90" />
        <source>chair</source>
        <translation>leder</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="91" />
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="92" />
        <source>msi high</source>
        <translation>MSI-høy</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="93" />
        <source>mss</source>
        <translation>MSS</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="94" />
        <source>indeterminate</source>
        <translation>ubestemt</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="95" />
        <source>gain</source>
        <translation>økning</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="96" />
        <source>loss</source>
        <translation>tap</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../documents/verify_dialog.py" line="43" />
        <source>Verify a signed PDF</source>
        <translation>Verifiser en signert PDF</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="46" />
        <source>Optional: the signer's certificate (.pem)</source>
        <translation>Valgfritt: signererens sertifikat (.pem)</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="47" />
        <source>Choose a PDF and press Verify.</source>
        <translation>Velg en PDF og trykk Verifiser.</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="52" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="53" />
        <source>Trusted certificate</source>
        <translation>Klarert sertifikat</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="56" />
        <source>Verify</source>
        <translation>Verifiser</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="68" />
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="84" />
        <source>Checking…</source>
        <translation>Kontrollerer …</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="96" />
        <source>This PDF carries no signature.</source>
        <translation>Denne PDF-en har ingen signatur.</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="98" />
        <source>Valid: every signature is intact and trusted.</source>
        <translation>Gyldig: alle signaturene er intakte og klarert.</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="100" />
        <source>Intact, but the signers are not trusted here (add a certificate).</source>
        <translation>Intakt, men signererne er ikke klarert her (legg til et sertifikat).</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="102" />
        <source>NOT valid: the document was changed after signing, or a signature is broken.</source>
        <translation>IKKE gyldig: dokumentet ble endret etter signering, eller en signatur er brutt.</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="112" />
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="112" />
        <source>BROKEN</source>
        <translation>BRUTT</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="113" />
        <source>trusted</source>
        <translation>klarert</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="113" />
        <source>not trusted</source>
        <translation>ikke klarert</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../cohorts/dialogs.py" line="84" />
        <source>Withdraw %1</source>
        <translation>Trekk ut %1</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="86" />
        <source>e.g. toxicity, moved abroad</source>
        <translation>f.eks. toksisitet, flyttet utenlands</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="88" />
        <source>Before the week-16 evaluation a withdrawal frees the cohort place.</source>
        <translation>Før evalueringen ved uke 16 frigjør en uttrekning plassen i kohorten.</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="92" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="93" />
        <source>Withdrawn on</source>
        <translation>Trukket ut dato</translation>
    </message>
</context>
<context>
    <name>WorklistTableModel</name>
    <message>
        <location filename="../worklist/model.py" line="42" />
        <source>Study id</source>
        <translation>Studie-id</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="46" />
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="47" />
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="49" />
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="54" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="59" />
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="64" />
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="69" />
        <source>Last change</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <location filename="../worklist/model.py" line="192" />
        <source>This column cannot be sorted</source>
        <translation>Denne kolonnen kan ikke sorteres</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../worklist/view.py" line="39" />
        <source>Search study id, patient or diagnosis…</source>
        <translation>Søk på studie-id, pasient eller diagnose …</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="61" />
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="62" />
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="100" />
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="105" />
        <location filename="../worklist/view.py" line="120" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="158" />
        <source>No cases match</source>
        <translation>Ingen saker passer</translation>
    </message>
    <message numerus="yes">
        <location filename="../worklist/view.py" line="160" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="162" />
        <source>%1 of %2 cases loaded</source>
        <translation>%1 av %2 saker lastet</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <source>Change the dose for %1</source>
        <translation>Endre dose for %1</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Ny dose</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
</context>
<context>
    <name>DueListView</name>
    <message>
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <source>Visits due this week or overdue</source>
        <translation>Besøk som forfaller denne uken eller er forsinket</translation>
    </message>
    <message>
        <source>All hospitals</source>
        <translation>Alle sykehus</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>due</source>
        <translation>forfaller</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 besøk</translation>
    </message>
</context>
<context>
    <name>FollowUpScreens</name>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <source>Follow-up of this &amp;case</source>
        <translation>Oppfølging av denne &amp;saken</translation>
    </message>
    <message>
        <source>&amp;Visits due</source>
        <translation>&amp;Besøk som forfaller</translation>
    </message>
    <message>
        <source>Trial &amp;funnel</source>
        <translation>Studie&amp;trakt</translation>
    </message>
    <message>
        <source>&amp;Supply agreements</source>
        <translation>&amp;Leveringsavtaler</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Oppfølging %1</translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation>Besøk som forfaller</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trakt</translation>
    </message>
    <message>
        <source>Supply agreements</source>
        <translation>Leveringsavtaler</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Adverse events (CTCAE v5)</source>
        <translation>Bivirkninger (CTCAE v5)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>clinical benefit</source>
        <translation>klinisk nytte</translation>
    </message>
    <message>
        <source>no clinical benefit</source>
        <translation>ingen klinisk nytte</translation>
    </message>
    <message>
        <source>not evaluable</source>
        <translation>ikke evaluerbar</translation>
    </message>
    <message>
        <source>Start treatment…</source>
        <translation>Start behandling …</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>Registrer besøk …</translation>
    </message>
    <message>
        <source>Change dose…</source>
        <translation>Endre dose …</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stopp …</translation>
    </message>
    <message>
        <source>Confirm week-16 outcome</source>
        <translation>Bekreft utfall uke 16</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Follow-up · %1</source>
        <translation>Oppfølging · %1</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>aldri startet</translation>
    </message>
    <message>
        <source>No treatment recorded.</source>
        <translation>Ingen behandling registrert.</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Dose: %1</translation>
    </message>
    <message>
        <source>Stopped %1: %2</source>
        <translation>Stoppet %1: %2</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>bekreftet av %1</translation>
    </message>
    <message>
        <source>not confirmed by the chair</source>
        <translation>ikke bekreftet av leder</translation>
    </message>
    <message>
        <source>Week-16 outcome: %1 (%2); %3</source>
        <translation>Utfall uke 16: %1 (%2); %3</translation>
    </message>
    <message>
        <source>Treatment started for %1</source>
        <translation>Behandling startet for %1</translation>
    </message>
    <message>
        <source>Visit recorded for %1</source>
        <translation>Besøk registrert for %1</translation>
    </message>
    <message>
        <source>Dose changed for %1</source>
        <translation>Dose endret for %1</translation>
    </message>
    <message>
        <source>Treatment of %1 stopped</source>
        <translation>Behandlingen av %1 stoppet</translation>
    </message>
    <message>
        <source>Week-16 outcome of %1 confirmed</source>
        <translation>Utfall uke 16 for %1 bekreftet</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <source>Profiled</source>
        <translation>Profilert</translation>
    </message>
    <message>
        <source>Discussed at a board</source>
        <translation>Diskutert i MTB</translation>
    </message>
    <message>
        <source>Actionable finding</source>
        <translation>Behandlingsrettet funn</translation>
    </message>
    <message>
        <source>Matched (cohort or trial)</source>
        <translation>Match (kohort eller studie)</translation>
    </message>
    <message>
        <source>Treatment recommended</source>
        <translation>Behandling anbefalt</translation>
    </message>
    <message>
        <source>Started treatment</source>
        <translation>Startet behandling</translation>
    </message>
    <message>
        <source>Evaluable at week 16</source>
        <translation>Evaluerbar uke 16</translation>
    </message>
    <message>
        <source>Disease control at week 16</source>
        <translation>Sykdomskontroll uke 16</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>% of profiled</source>
        <translation>% av profilerte</translation>
    </message>
    <message>
        <source>% of previous</source>
        <translation>% av forrige</translation>
    </message>
    <message>
        <source>Why cases dropped</source>
        <translation>Hvorfor saker falt fra</translation>
    </message>
    <message>
        <source>Trial funnel: from profiling to disease control at week 16</source>
        <translation>Studietrakt: fra profilering til sykdomskontroll uke 16</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <source>By hospital</source>
        <translation>Per sykehus</translation>
    </message>
    <message>
        <source>By tumour type</source>
        <translation>Per tumortype</translation>
    </message>
    <message>
        <source>By cohort</source>
        <translation>Per kohort</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <source>%1 cases referred in the period</source>
        <translation>%1 saker henvist i perioden</translation>
    </message>
    <message>
        <source>Export funnel</source>
        <translation>Eksporter trakt</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start treatment for %1</source>
        <translation>Start behandling for %1</translation>
    </message>
    <message>
        <source>(not enrolled)</source>
        <translation>(ikke inkludert)</translation>
    </message>
    <message>
        <source>INN names, comma-separated (default: cohort's)</source>
        <translation>INN-navn, kommaseparert (standard: kohortens)</translation>
    </message>
    <message>
        <source>Follows from</source>
        <translation>Følger av</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Other trial id</source>
        <translation>Annen studie-ID</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Starting dose</source>
        <translation>Startdose</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop treatment of %1</source>
        <translation>Stopp behandlingen av %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Stoppet</translation>
    </message>
</context>
<context>
    <name>SupplyView</name>
    <message>
        <source>Agreement</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Igjen</translation>
    </message>
    <message>
        <source>On drug</source>
        <translation>På legemiddel</translation>
    </message>
    <message>
        <source>Company pays</source>
        <translation>Firma betaler</translation>
    </message>
    <message>
        <source>Public payer</source>
        <translation>Det offentlige</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nytte</translation>
    </message>
    <message>
        <source>No benefit</source>
        <translation>Ingen nytte</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>Ikke evaluerbar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Week-16 outcome</source>
        <translation>Utfall uke 16</translation>
    </message>
    <message>
        <source>Pays now</source>
        <translation>Betaler nå</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Drug supply agreements</source>
        <translation>Leveringsavtaler for legemidler</translation>
    </message>
    <message>
        <source>The company supplies the drug for the first 16 weeks; the public payer takes over for patients with clinical benefit. Study ids only: no names or national ids.</source>
        <translation>Firmaet leverer legemidlet de første 16 ukene; det offentlige overtar for pasienter med klinisk nytte. Kun studie-ID: ingen navn eller fødselsnummer.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <source>Export supply report</source>
        <translation>Eksporter leveringsrapport</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Record a visit for %1</source>
        <translation>Registrer besøk for %1</translation>
    </message>
    <message>
        <source>CTCAE v5 term, e.g. Diarrhea (optional)</source>
        <translation>CTCAE v5-term, f.eks. Diarrhea (valgfritt)</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>alvorlig</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Bivirkning</translation>
    </message>
    <message>
        <source>Grade (CTCAE)</source>
        <translation>Grad (CTCAE)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Årsakssammenheng</translation>
    </message>
    <message>
        <source>Event started</source>
        <translation>Hendelsen startet</translation>
    </message>
</context>
<context>
    <name>BoardHistoryWidget</name>
    <message>
        <source>What this board did before</source>
        <translation>Hva dette MTB-et har gjort før</translation>
    </message>
    <message>
        <source>No annotated key findings yet.</source>
        <translation>Ingen annoterte hovedfunn ennå.</translation>
    </message>
    <message>
        <source>No earlier case with these alterations.</source>
        <translation>Ingen tidligere sak med disse endringene.</translation>
    </message>
</context>
</TS>
