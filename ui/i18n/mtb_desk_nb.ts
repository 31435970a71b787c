<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>About</name>
    <message>
        <location filename="../about.py" line="15"/>
        <source>none open</source>
        <translation>ingen åpen</translation>
    </message>
    <message>
        <location filename="../about.py" line="16"/>
        <source>A desk for molecular tumour boards in precision-oncology trials.</source>
        <translation>Et arbeidsverktøy for molekylære tumorboard i studier innen persontilpasset kreftbehandling.</translation>
    </message>
    <message>
        <location filename="../about.py" line="19"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../about.py" line="20"/>
        <source>Logged in as</source>
        <translation>Innlogget som</translation>
    </message>
    <message>
        <location filename="../about.py" line="35"/>
        <source>About MTB Desk</source>
        <translation>Om MTB Desk</translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <location filename="../meetings/dialogs.py" line="66"/>
        <source>Add cases to the agenda</source>
        <translation>Legg saker til på agendaen</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="69"/>
        <source>Study id, patient or diagnosis</source>
        <translation>Studie-ID, pasient eller diagnose</translation>
    </message>
</context>
<context>
    <name>AdverseEventEditor</name>
    <message>
        <location filename="../followup/adverse_events.py" line="53"/>
        <source>Term (CTCAE v5)</source>
        <translation>Term (CTCAE v5)</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="54"/>
        <source>Grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="55"/>
        <location filename="../followup/adverse_events.py" line="174"/>
        <source>Attribution</source>
        <translation>Årsakssammenheng</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="56"/>
        <source>Serious</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="57"/>
        <location filename="../followup/adverse_events.py" line="176"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="58"/>
        <location filename="../followup/adverse_events.py" line="177"/>
        <source>Ended</source>
        <translation>Sluttet</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="61"/>
        <source>unrelated</source>
        <translation>ikke relatert</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="62"/>
        <source>unlikely</source>
        <translation>lite sannsynlig</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="63"/>
        <source>possible</source>
        <translation>mulig</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="64"/>
        <source>probable</source>
        <translation>sannsynlig</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="65"/>
        <source>definite</source>
        <translation>sikker</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="127"/>
        <source>Add adverse event</source>
        <translation>Legg til bivirkning</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="128"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="130"/>
        <source>CTCAE v5 term, e.g. Diarrhea</source>
        <translation>CTCAE v5-term, f.eks. Diarrhea</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="139"/>
        <source>serious (SAE)</source>
        <translation>alvorlig (SAE)</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="141"/>
        <location filename="../followup/adverse_events.py" line="263"/>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="172"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="173"/>
        <source>Grade (1–5)</source>
        <translation>Grad (1–5)</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="200"/>
        <source>Grade %1 is not a CTCAE grade: choose 1 to 5.</source>
        <translation>Grad %1 er ikke en CTCAE-grad: velg 1 til 5.</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="261"/>
        <source>(term to type)</source>
        <translation>(skriv inn term)</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="262"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../followup/adverse_events.py" line="262"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../meetings/agenda.py" line="37"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../meetings/agenda.py" line="38"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../meetings/agenda.py" line="39"/>
        <source>Add case…</source>
        <translation>Legg til sak …</translation>
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
        <location filename="../screenshots/dialogs.py" line="30"/>
        <source>The annotation of %1</source>
        <translation>Annoteringen av %1</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="92"/>
        <source>Kept the other user&apos;s annotation</source>
        <translation>Beholdt den andre brukerens annotering</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="116"/>
        <source>Annotation</source>
        <translation>Annotering</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="123"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../case/annotating.py" line="130"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../meetings/dialogs.py" line="110"/>
        <source>Add attendee</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="121"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="122"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>BatchSignDialog</name>
    <message>
        <location filename="../documents/batch_sign.py" line="57"/>
        <source>Sign the final decisions of %1</source>
        <translation>Signer de endelige beslutningene fra %1</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="60"/>
        <source>Your signing credential (.p12 / .pfx)</source>
        <translation>Din signeringsnøkkel (.p12 / .pfx)</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="63"/>
        <source>Unlocks the credential; never stored</source>
        <translation>Låser opp nøkkelen; lagres aldri</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="81"/>
        <source>Credential file</source>
        <translation>Nøkkelfil</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="82"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="83"/>
        <source>Sign as</source>
        <translation>Signer som</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="84"/>
        <source>Language of the PDFs</source>
        <translation>Språk i PDF-ene</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="85"/>
        <source>Save in folder</source>
        <translation>Lagre i mappe</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="89"/>
        <source>Sign the ticked decisions</source>
        <translation>Signer de avkryssede beslutningene</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="94"/>
        <source>These decisions will be signed with one password:</source>
        <translation>Disse beslutningene signeres med ett passord:</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="130"/>
        <source>%1 · revision %2 · %3</source>
        <translation>%1 · revisjon %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../documents/batch_sign.py" line="150"/>
        <source>%n decision(s) ready to sign.</source>
        <translation>
            <numerusform>%n beslutning klar til signering.</numerusform>
            <numerusform>%n beslutninger klare til signering.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="152"/>
        <source>No decision was recorded at this meeting.</source>
        <translation>Ingen beslutning ble registrert på dette møtet.</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="157"/>
        <source>only the chair or a pathologist signs</source>
        <translation>bare møteleder eller en patolog signerer</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="159"/>
        <source>already signed as %1</source>
        <translation>allerede signert som %1</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="160"/>
        <source>still a draft: finalise it first</source>
        <translation>fortsatt et utkast: ferdigstill det først</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="175"/>
        <source>Tick decisions, choose your credential and type its password.</source>
        <translation>Kryss av beslutninger, velg nøkkelen din og skriv passordet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../documents/batch_sign.py" line="205"/>
        <source>Signing %n decision(s)</source>
        <translation>
            <numerusform>Signerer %n beslutning</numerusform>
            <numerusform>Signerer %n beslutninger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="212"/>
        <source>Nothing was signed.</source>
        <translation>Ingenting ble signert.</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="224"/>
        <source>signed, %1</source>
        <translation>signert, %1</translation>
    </message>
    <message>
        <location filename="../documents/batch_sign.py" line="230"/>
        <source>%1 of %2 decision(s) signed.</source>
        <translation>%1 av %2 beslutning(er) signert.</translation>
    </message>
</context>
<context>
    <name>BoardHistoryWidget</name>
    <message>
        <location filename="../followup/history.py" line="26"/>
        <source>What this board did before</source>
        <translation>Hva dette MTB-et har gjort før</translation>
    </message>
    <message>
        <location filename="../followup/history.py" line="58"/>
        <source>What this board did before could not be loaded.</source>
        <translation>Hva dette MTB-et har gjort før, kunne ikke lastes.</translation>
    </message>
    <message>
        <location filename="../followup/history.py" line="60"/>
        <source>No annotated key findings yet.</source>
        <translation>Ingen annoterte hovedfunn ennå.</translation>
    </message>
    <message>
        <location filename="../followup/history.py" line="62"/>
        <source>No earlier case with these alterations.</source>
        <translation>Ingen tidligere sak med disse endringene.</translation>
    </message>
    <message>
        <location filename="../followup/history.py" line="67"/>
        <source>… and %1 more alteration(s) with earlier cases</source>
        <translation>… og %1 endring(er) til med tidligere saker</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../translation.py" line="58"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../translation.py" line="59"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../translation.py" line="60"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../translation.py" line="61"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../translation.py" line="62"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../translation.py" line="63"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case/header.py" line="34"/>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="35"/>
        <source>Prior lines</source>
        <translation>Tidligere linjer</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="36"/>
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="38"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="39"/>
        <source>TMB / MSI</source>
        <translation>TMB / MSI</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="70"/>
        <source>Earlier for this patient:</source>
        <translation>Tidligere for denne pasienten:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="81"/>
        <source>(no name recorded)</source>
        <translation>(navn ikke registrert)</translation>
    </message>
</context>
<context>
    <name>CaseKeys</name>
    <message>
        <location filename="../case/keys.py" line="66"/>
        <source>Use the top eligible match</source>
        <translation>Bruk øverste aktuelle kohort</translation>
    </message>
    <message>
        <location filename="../case/keys.py" line="67"/>
        <source>Finalise the recommendation</source>
        <translation>Ferdigstill anbefalingen</translation>
    </message>
    <message>
        <location filename="../case/keys.py" line="84"/>
        <source>Annotate as %1</source>
        <translation>Annoter som %1</translation>
    </message>
    <message>
        <location filename="../case/keys.py" line="87"/>
        <source>ESCAT tier %1</source>
        <translation>ESCAT-nivå %1</translation>
    </message>
    <message>
        <location filename="../case/keys.py" line="102"/>
        <source>Toggle Reportable</source>
        <translation>Slå Rapporteres av/på</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../case/view.py" line="377"/>
        <source>Approved alternative</source>
        <translation>Godkjent alternativ</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="377"/>
        <source>Not tested</source>
        <translation>Ikke testet</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="143"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="145"/>
        <source>Matching cohorts and drugs</source>
        <translation>Aktuelle kohorter og legemidler</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="294"/>
        <source>Select a match to see why it matches.</source>
        <translation>Velg et treff for å se hvorfor det passer.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="298"/>
        <source>Matching failed: %1</source>
        <translation>Matchingen feilet: %1</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="300"/>
        <source>No cohort in the catalogue matches this case.</source>
        <translation>Ingen kohort i katalogen passer denne saken.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="321"/>
        <source>The recommendation is final; choose New revision to change it.</source>
        <translation>Anbefalingen er endelig; velg Ny revisjon for å endre den.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="333"/>
        <source>No eligible match for this case.</source>
        <translation>Ingen aktuell kohort for denne saken.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="335"/>
        <source>Already enrolled before: %1.</source>
        <translation>Allerede inkludert tidligere: %1.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="345"/>
        <source>No findings imported yet.</source>
        <translation>Ingen funn importert ennå.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="348"/>
        <source>%1 of %2 findings still to review</source>
        <translation>%1 av %2 funn gjenstår å vurdere</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="405"/>
        <source>Loading the page that holds the finding…</source>
        <translation>Henter siden med funnet …</translation>
    </message>
</context>
<context>
    <name>CohortsView</name>
    <message>
        <location filename="../cohorts/view.py" line="32"/>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="33"/>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="34"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="35"/>
        <source>Enrolled</source>
        <translation>Inkludert</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="36"/>
        <source>Benefit</source>
        <translation>Nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="37"/>
        <source>No benefit</source>
        <translation>Ingen nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="38"/>
        <source>Awaiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="39"/>
        <source>Free places</source>
        <translation>Ledige plasser</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="40"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="43"/>
        <source>Drug</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="44"/>
        <source>Brand</source>
        <translation>Handelsnavn</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="45"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="46"/>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="47"/>
        <source>On-label</source>
        <translation>Godkjent bruk</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="50"/>
        <source>open (stage 1)</source>
        <translation>åpen (trinn 1)</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="51"/>
        <source>awaiting stage-1 outcomes</source>
        <translation>venter på utfall i trinn 1</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="52"/>
        <source>expanded (stage 2)</source>
        <translation>utvidet (trinn 2)</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="53"/>
        <source>awaiting stage-2 outcomes</source>
        <translation>venter på utfall i trinn 2</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="54"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="55"/>
        <source>closed: negative</source>
        <translation>lukket: negativ</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="56"/>
        <source>suspended</source>
        <translation>stanset</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="57"/>
        <source>other trial</source>
        <translation>annen studie</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="103"/>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="148"/>
        <source>No drug catalogue loaded in this database.</source>
        <translation>Ingen legemiddelkatalog er lastet inn i denne databasen.</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="151"/>
        <source>%1 · catalogue version %2</source>
        <translation>%1 · katalogversjon %2</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="114"/>
        <location filename="../cohorts/view.py" line="152"/>
        <source>Drug catalogue</source>
        <translation>Legemiddelkatalog</translation>
    </message>
    <message>
        <location filename="../cohorts/view.py" line="158"/>
        <source>%1 (%2): %3 of %4 places left</source>
        <translation>%1 (%2): %3 av %4 plasser igjen</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <location filename="../case/confirming.py" line="34"/>
        <source>Revision %1 is signed by %2. Saving creates revision %3, which supersedes it: the signatures stay on revision %1 only, and the new revision must be signed again.</source>
        <translation>Revisjon %1 er signert av %2. Lagring oppretter revisjon %3, som erstatter den: signaturene gjelder bare revisjon %1, og den nye revisjonen må signeres på nytt.</translation>
    </message>
    <message>
        <location filename="../case/confirming.py" line="46"/>
        <source>Revision %1 is %2. Saving creates revision %3, which supersedes it.</source>
        <translation>Revisjon %1 er %2. Lagring oppretter revisjon %3, som erstatter den.</translation>
    </message>
    <message>
        <location filename="../case/confirming.py" line="56"/>
        <source>A final recommendation cannot be edited any more; it can only be superseded by a new revision.</source>
        <translation>En endelig anbefaling kan ikke redigeres mer; den kan bare erstattes av en ny revisjon.</translation>
    </message>
    <message>
        <location filename="../case/confirming.py" line="83"/>
        <source>Finalise the recommendation?</source>
        <translation>Ferdigstille anbefalingen?</translation>
    </message>
    <message>
        <location filename="../case/confirming.py" line="85"/>
        <source>Supersede?</source>
        <translation>Erstatte?</translation>
    </message>
    <message>
        <location filename="../case/confirming.py" line="89"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Ferdigstill</translation>
    </message>
    <message>
        <location filename="../case/confirming.py" line="91"/>
        <source>&amp;Supersede</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <location filename="../case/confirming.py" line="96"/>
        <source>Finalise and &amp;sign…</source>
        <translation>Ferdigstill og &amp;signer…</translation>
    </message>
    <message>
        <location filename="../case/confirming.py" line="103"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <location filename="../conflict_dialog.py" line="80"/>
        <source>Merged</source>
        <translation>Sammenslått</translation>
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
    <name>DecisionPanel</name>
    <message>
        <location filename="../meetings/decision_panel.py" line="36"/>
        <source>Cohort, trial id or drug (click a match)</source>
        <translation>Kohort, studie-ID eller legemiddel (klikk et treff)</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="38"/>
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="40"/>
        <source>Finalise decision</source>
        <translation>Fastsett beslutning</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="42"/>
        <source>Reason to defer, e.g. awaiting germline result</source>
        <translation>Grunn til utsettelse, f.eks. venter på kimbaneresultat</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="43"/>
        <source>Defer</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="49"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="93"/>
        <source>Write the rationale first.</source>
        <translation>Skriv begrunnelsen først.</translation>
    </message>
    <message>
        <location filename="../meetings/decision_panel.py" line="100"/>
        <source>Say why the case is deferred.</source>
        <translation>Oppgi hvorfor saken utsettes.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <location filename="../documents/exporting.py" line="88"/>
        <source>Exporting the decision for %1</source>
        <translation>Eksporterer beslutningen for %1</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="98"/>
        <source>not signed</source>
        <translation>ikke signert</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="100"/>
        <source>&lt;b&gt;%1&lt;/b&gt; saved as %2&lt;br&gt;Signed by: %3&lt;br&gt;SHA-256: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lagret som %2&lt;br&gt;Signert av: %3&lt;br&gt;SHA-256: %4</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="138"/>
        <source>Exporting the minutes</source>
        <translation>Eksporterer referatet</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="145"/>
        <source>&lt;b&gt;%1&lt;/b&gt; saved as %2&lt;br&gt;SHA-256: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lagret som %2&lt;br&gt;SHA-256: %3</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="178"/>
        <source>Exporting the decisions table</source>
        <translation>Eksporterer beslutningstabellen</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="184"/>
        <source>%1 decided of %2 agenda case(s) saved in %3</source>
        <translation>%1 besluttet av %2 sak(er) på sakslisten lagret i %3</translation>
    </message>
    <message>
        <location filename="../documents/exporting.py" line="193"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../followup/dialogs.py" line="123"/>
        <source>Change the dose for %1</source>
        <translation>Endre dose for %1</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="128"/>
        <source>New dose</source>
        <translation>Ny dose</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="129"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="130"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
</context>
<context>
    <name>DueListView</name>
    <message>
        <location filename="../followup/lists.py" line="34"/>
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="35"/>
        <location filename="../followup/lists.py" line="100"/>
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="36"/>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="37"/>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="38"/>
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="39"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="40"/>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="93"/>
        <source>Visits due this week or overdue</source>
        <translation>Besøk som forfaller denne uken eller er forsinket</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="96"/>
        <source>All hospitals</source>
        <translation>Alle sykehus</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="136"/>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="136"/>
        <source>due</source>
        <translation>forfaller</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="147"/>
        <source>%1 visits</source>
        <translation>%1 besøk</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="43"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="44"/>
        <source>final</source>
        <translation>fastsatt</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="45"/>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="46"/>
        <source>superseded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="61"/>
        <source>Enrol in cohort</source>
        <translation>Inkluder i kohort</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="68"/>
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="76"/>
        <source>Why the chair enrols against the match</source>
        <translation>Hvorfor lederen inkluderer mot matchingen</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="78"/>
        <source>Then open the follow-up to record the treatment start</source>
        <translation>Åpne deretter oppfølgingen for å registrere behandlingsstart</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="89"/>
        <source>Enrol</source>
        <translation>Inkluder</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="109"/>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="110"/>
        <source>Two-stage state</source>
        <translation>Totrinnsstatus</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="112"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="114"/>
        <source>Enrolled on</source>
        <translation>Inkludert dato</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="115"/>
        <source>Rests on</source>
        <translation>Bygger på</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="116"/>
        <source>Match</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="117"/>
        <source>Override</source>
        <translation>Overstyring</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="170"/>
        <source>No IMPRESS cohort in the catalogue.</source>
        <translation>Ingen IMPRESS-kohort i katalogen.</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="172"/>
        <source>Stage %1 of 2: %2 of %3 enrolled</source>
        <translation>Trinn %1 av 2: %2 av %3 inkludert</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="186"/>
        <source>%1 with benefit, %2 without, %3 awaiting week 16, %4 withdrawn</source>
        <translation>%1 med nytte, %2 uten, %3 venter på uke 16, %4 trukket</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="198"/>
        <source>No final or signed recommendation of the board names this cohort.</source>
        <translation>Ingen fastsatt eller signert anbefaling fra tumorboardet nevner denne kohorten.</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="199"/>
        <source>no meeting</source>
        <translation>uten møte</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="201"/>
        <source>Revision %1 (%2), board meeting %3</source>
        <translation>Revisjon %1 (%2), tumorboardmøte %3</translation>
    </message>
    <message>
        <location filename="../cohorts/enrol_dialog.py" line="226"/>
        <source>As chair you may enrol with a written reason.</source>
        <translation>Som leder kan du inkludere med en skriftlig begrunnelse.</translation>
    </message>
</context>
<context>
    <name>EnrolmentFlow</name>
    <message>
        <location filename="../cohorts/enrolling.py" line="118"/>
        <source>%1 enrolled in %2 on %3</source>
        <translation>%1 inkludert i %2 %3</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolling.py" line="135"/>
        <source>Two-stage counts</source>
        <translation>Totrinnstall</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolling.py" line="137"/>
        <source>Cohort %1</source>
        <translation>Kohort %1</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolling.py" line="140"/>
        <source>Enrol all the same</source>
        <translation>Inkluder likevel</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolling.py" line="141"/>
        <source>Look at the new state first</source>
        <translation>Se på den nye statusen først</translation>
    </message>
</context>
<context>
    <name>EnrolmentsPanel</name>
    <message>
        <location filename="../cohorts/enrolments.py" line="42"/>
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="43"/>
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="44"/>
        <source>Enrolled</source>
        <translation>Inkludert</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="46"/>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="47"/>
        <source>Evaluated</source>
        <translation>Evaluert</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="48"/>
        <source>Withdrawn</source>
        <translation>Trukket ut</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="49"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="54"/>
        <source>awaiting week 16</source>
        <translation>venter på uke 16</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="55"/>
        <source>awaiting the chair&apos;s confirmation</source>
        <translation>venter på leders bekreftelse</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="105"/>
        <source>Withdraw…</source>
        <translation>Trekk ut…</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="106"/>
        <source>Enrol in cohort…</source>
        <translation>Inkluder i kohort…</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="151"/>
        <source>Enrolled in %1 (%2)</source>
        <translation>Inkludert i %1 (%2)</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="254"/>
        <source>%1 withdrawn from %2</source>
        <translation>%1 er trukket ut av %2</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="45"/>
        <source>Week-16 outcome</source>
        <translation>Utfall uke 16</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="64"/>
        <source>benefit</source>
        <translation>nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="65"/>
        <source>no benefit</source>
        <translation>ingen nytte</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="66"/>
        <source>not evaluable</source>
        <translation>ikke evaluerbar</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="104"/>
        <source>Confirm week-16 outcome…</source>
        <translation>Bekreft utfall uke 16 …</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="215"/>
        <source>Confirm week-16 outcome</source>
        <translation>Bekreft utfall uke 16</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="216"/>
        <source>%1 in %2: the visits give %3.

Confirm this outcome? It then counts in the cohort&apos;s two-stage rule.</source>
        <translation>%1 i %2: besøkene gir %3.

Bekreft dette utfallet? Det teller da i kohortens totrinnsregel.</translation>
    </message>
    <message>
        <location filename="../cohorts/enrolments.py" line="245"/>
        <source>Week-16 outcome of %1 confirmed</source>
        <translation>Utfall uke 16 for %1 bekreftet</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="44"/>
        <source>The connection to the database was lost; nothing was saved. Check the network or the server and try again. (%1)</source>
        <translation>Forbindelsen til databasen ble brutt; ingenting ble lagret. Sjekk nettverket eller serveren og prøv igjen. (%1)</translation>
    </message>
    <message>
        <location filename="../errors.py" line="64"/>
        <source>MTB Desk — not done</source>
        <translation>MTB Desk — ikke utført</translation>
    </message>
</context>
<context>
    <name>FindingPager</name>
    <message>
        <location filename="../case/finding_pager.py" line="43"/>
        <source>Filter by gene…</source>
        <translation>Filtrer på gen …</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="44"/>
        <source>Show the findings whose gene starts with this text</source>
        <translation>Vis funnene der genet begynner med denne teksten</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="50"/>
        <source>Reportable findings first, then PASS, coding and annotated ones</source>
        <translation>Rapporterbare funn først, deretter PASS, kodende og annoterte</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="52"/>
        <source>Back to the top</source>
        <translation>Tilbake til toppen</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="54"/>
        <source>Show the findings from the first one again</source>
        <translation>Vis funnene fra det første igjen</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="142"/>
        <source>That finding is no longer part of this case.</source>
        <translation>Det funnet hører ikke lenger til denne saken.</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="148"/>
        <source>The filter “%1” hid the finding asked for, so it was cleared.</source>
        <translation>Filteret «%1» skjulte funnet du ba om, så det ble fjernet.</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="177"/>
        <source>No finding of a gene starting with “%1”.</source>
        <translation>Ingen funn i gener som begynner med «%1».</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="180"/>
        <source>Showing %1–%2 of %3 findings of genes starting with “%4”</source>
        <translation>Viser %1–%2 av %3 funn i gener som begynner med «%4»</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="183"/>
        <source>Showing %1–%2 of %3 findings</source>
        <translation>Viser %1–%2 av %3 funn</translation>
    </message>
    <message>
        <location filename="../case/finding_pager.py" line="190"/>
        <source>(scroll down for more)</source>
        <translation>(rull ned for flere)</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../case/findings_model.py" line="66"/>
        <source>amp</source>
        <translation>amp</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="67"/>
        <source>gain</source>
        <translation>gevinst</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="68"/>
        <source>loss</source>
        <translation>tap</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="69"/>
        <source>del</source>
        <translation>del</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="111"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="112"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="113"/>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="333"/>
        <source>In the decision PDF and the minutes (R toggles)</source>
        <translation>I beslutnings-PDF-en og referatet (R slår av/på)</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="50"/>
        <source>germline</source>
        <translation>kimbane</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="51"/>
        <source>somatic</source>
        <translation>somatisk</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="52"/>
        <source>equivocal</source>
        <translation>usikker</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="114"/>
        <source>Alteration</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="328"/>
        <source>Written in the file as %1</source>
        <translation>Skrevet i filen som %1</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="115"/>
        <source>VAF</source>
        <translation>VAF</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="116"/>
        <source>Copy number</source>
        <translation>Kopitall</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="117"/>
        <source>Annotation</source>
        <translation>Annotering</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="118"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="119"/>
        <source>Reportable</source>
        <translation>Rapporteres</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="120"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="153"/>
        <source>Nobody is logged in</source>
        <translation>Ingen er logget inn</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="314"/>
        <source>(not assessed)</source>
        <translation>(ikke vurdert)</translation>
    </message>
    <message>
        <location filename="../case/findings_model.py" line="325"/>
        <source>Annotated by %1</source>
        <translation>Annotert av %1</translation>
    </message>
</context>
<context>
    <name>FollowUpScreens</name>
    <message>
        <location filename="../followup/screens.py" line="32"/>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="42"/>
        <source>&amp;Enrol in cohort…</source>
        <translation>&amp;Inkluder i kohort…</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="43"/>
        <source>Follow-up of this &amp;case</source>
        <translation>Oppfølging av denne &amp;saken</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="44"/>
        <source>&amp;Visits due</source>
        <translation>&amp;Besøk som forfaller</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="45"/>
        <source>Trial &amp;funnel</source>
        <translation>Studie&amp;trakt</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="46"/>
        <source>&amp;Supply agreements</source>
        <translation>&amp;Leveringsavtaler</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="67"/>
        <source>Enrol in cohort…</source>
        <translation>Inkluder i kohort…</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="116"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="116"/>
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="128"/>
        <source>Follow-up %1</source>
        <translation>Oppfølging %1</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="140"/>
        <source>Visits due</source>
        <translation>Besøk som forfaller</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="152"/>
        <source>Funnel</source>
        <translation>Trakt</translation>
    </message>
    <message>
        <location filename="../followup/screens.py" line="163"/>
        <source>Supply agreements</source>
        <translation>Leveringsavtaler</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../followup/panel.py" line="38"/>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="39"/>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="40"/>
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="41"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="42"/>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="43"/>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="44"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="45"/>
        <source>Adverse events (CTCAE v5)</source>
        <translation>Bivirkninger (CTCAE v5)</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="48"/>
        <source>pending</source>
        <translation>venter</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="49"/>
        <source>clinical benefit</source>
        <translation>klinisk nytte</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="50"/>
        <source>no clinical benefit</source>
        <translation>ingen klinisk nytte</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="51"/>
        <source>not evaluable</source>
        <translation>ikke evaluerbar</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="55"/>
        <source>on treatment</source>
        <translation>under behandling</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="56"/>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="93"/>
        <source>Start treatment…</source>
        <translation>Start behandling …</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="94"/>
        <source>Record visit…</source>
        <translation>Registrer besøk …</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="95"/>
        <source>Change dose…</source>
        <translation>Endre dose …</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="96"/>
        <source>Stop…</source>
        <translation>Stopp …</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="97"/>
        <source>Confirm week-16 outcome</source>
        <translation>Bekreft utfall uke 16</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="122"/>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="150"/>
        <source>Follow-up · %1</source>
        <translation>Oppfølging · %1</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="54"/>
        <location filename="../followup/panel.py" line="154"/>
        <source>never started</source>
        <translation>aldri startet</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="172"/>
        <source>No treatment recorded.</source>
        <translation>Ingen behandling registrert.</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="187"/>
        <source>Dose: %1</source>
        <translation>Dose: %1</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="193"/>
        <source>Stopped %1: %2</source>
        <translation>Stoppet %1: %2</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="197"/>
        <source>confirmed by %1</source>
        <translation>bekreftet av %1</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="198"/>
        <source>not confirmed by the chair</source>
        <translation>ikke bekreftet av leder</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="201"/>
        <source>Week-16 outcome: %1 (%2); %3</source>
        <translation>Utfall uke 16: %1 (%2); %3</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="248"/>
        <source>Treatment started for %1</source>
        <translation>Behandling startet for %1</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="290"/>
        <source>Dose changed for %1</source>
        <translation>Dose endret for %1</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="318"/>
        <source>Treatment of %1 stopped</source>
        <translation>Behandlingen av %1 stoppet</translation>
    </message>
    <message>
        <location filename="../followup/panel.py" line="332"/>
        <source>Week-16 outcome of %1 confirmed</source>
        <translation>Utfall uke 16 for %1 bekreftet</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <location filename="../followup/funnel_view.py" line="43"/>
        <source>Profiled</source>
        <translation>Profilert</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="44"/>
        <source>Discussed at a board</source>
        <translation>Diskutert i MTB</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="45"/>
        <source>Actionable finding</source>
        <translation>Behandlingsrettet funn</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="46"/>
        <source>Matched (cohort or trial)</source>
        <translation>Match (kohort eller studie)</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="47"/>
        <source>Treatment recommended</source>
        <translation>Behandling anbefalt</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="48"/>
        <source>Started treatment</source>
        <translation>Startet behandling</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="49"/>
        <source>Evaluable at week 16</source>
        <translation>Evaluerbar uke 16</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="50"/>
        <source>Disease control at week 16</source>
        <translation>Sykdomskontroll uke 16</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="53"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="54"/>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="55"/>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="56"/>
        <source>% of profiled</source>
        <translation>% av profilerte</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="57"/>
        <source>% of previous</source>
        <translation>% av forrige</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="58"/>
        <source>Why cases dropped</source>
        <translation>Hvorfor saker falt fra</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="64"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="65"/>
        <source>all cases</source>
        <translation>alle saker</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="80"/>
        <source>Trial funnel: from profiling to disease control at week 16</source>
        <translation>Studietrakt: fra profilering til sykdomskontroll uke 16</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="82"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="83"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="86"/>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="87"/>
        <source>By hospital</source>
        <translation>Per sykehus</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="88"/>
        <source>By tumour type</source>
        <translation>Per tumortype</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="89"/>
        <source>By cohort</source>
        <translation>Per kohort</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="92"/>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="149"/>
        <source>%1 cases referred in the period</source>
        <translation>%1 saker henvist i perioden</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="194"/>
        <source>Export funnel</source>
        <translation>Eksporter trakt</translation>
    </message>
    <message>
        <location filename="../followup/funnel_view.py" line="195"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../case/history_text.py" line="17"/>
        <source>complete response</source>
        <translation>komplett respons</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="18"/>
        <source>partial response</source>
        <translation>partiell respons</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="19"/>
        <source>stable disease</source>
        <translation>stabil sykdom</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="20"/>
        <source>progressive disease</source>
        <translation>progressiv sykdom</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="30"/>
        <source>enrolled in %1 %2</source>
        <translation>inkludert i %1 %2</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="36"/>
        <source>%1 at week %2</source>
        <translation>%1 i uke %2</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="41"/>
        <source>withdrawn at week %1</source>
        <translation>trukket i uke %1</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="45"/>
        <source>clinical benefit</source>
        <translation>klinisk nytte</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="47"/>
        <source>no clinical benefit</source>
        <translation>ingen klinisk nytte</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="49"/>
        <source>outcome pending</source>
        <translation>utfall ikke klart</translation>
    </message>
    <message>
        <location filename="../case/history_text.py" line="54"/>
        <source>%1: %2 recommended %3 (revision %4, %5)</source>
        <translation>%1: %2 anbefalt %3 (revisjon %4, %5)</translation>
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
    <name>ImportFlow</name>
    <message>
        <location filename="../imports/flow.py" line="35"/>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="39"/>
        <source>field “%1”</source>
        <translation>felt «%1»</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="42"/>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="80"/>
        <source>Reading %1</source>
        <translation>Leser %1</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="112"/>
        <source>Importing %1</source>
        <translation>Importerer %1</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="124"/>
        <source>Imported %1 finding(s) from %2</source>
        <translation>Importerte %1 funn fra %2</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="136"/>
        <source>Import cancelled; nothing was imported</source>
        <translation>Importen ble avbrutt; ingenting ble importert</translation>
    </message>
    <message>
        <location filename="../imports/flow.py" line="141"/>
        <source>Could not import %1</source>
        <translation>Kunne ikke importere %1</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="126"/>
        <source>Choose the sample</source>
        <translation>Velg prøven</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="128"/>
        <source>%1 holds several samples. Which one is the tumour of this case?</source>
        <translation>%1 inneholder flere prøver. Hvilken er svulsten i denne saken?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../imports/preview_dialog.py" line="29"/>
        <source>Single-nucleotide variants</source>
        <translation>Enkeltnukleotidvarianter</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="30"/>
        <source>Insertions and deletions</source>
        <translation>Insersjoner og delesjoner</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="31"/>
        <source>Multi-nucleotide variants</source>
        <translation>Flernukleotidvarianter</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="32"/>
        <source>Copy-number changes</source>
        <translation>Kopitallsendringer</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="33"/>
        <source>Fusions</source>
        <translation>Fusjoner</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="34"/>
        <source>Splice variants</source>
        <translation>Spleisevarianter</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="35"/>
        <source>Tumour mutational burden</source>
        <translation>Tumormutasjonsbyrde</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="36"/>
        <source>Microsatellite instability</source>
        <translation>Mikrosatellittinstabilitet</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="51"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="53"/>
        <source>Nothing has been written yet. This is what %1 will add to case %2:</source>
        <translation>Ingenting er lagret ennå. Dette vil %1 legge til i sak %2:</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="64"/>
        <source>No warnings.</source>
        <translation>Ingen advarsler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../imports/preview_dialog.py" line="71"/>
        <source>Import %n finding(s)</source>
        <translation>
            <numerusform>Importer %n funn</numerusform>
            <numerusform>Importer %n funn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="78"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="86"/>
        <source>Assay</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="87"/>
        <source>Sample</source>
        <translation>Prøve</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="88"/>
        <source>Genome build</source>
        <translation>Genomversjon</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="95"/>
        <source>TMB</source>
        <translation>TMB</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="96"/>
        <source>MSI</source>
        <translation>MSI</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="98"/>
        <source>%1 of %2 findings did not pass the lab&apos;s filters</source>
        <translation>%1 av %2 funn besto ikke laboratoriets filtre</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="102"/>
        <source>Filtered</source>
        <translation>Filtrert</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="107"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../imports/preview_dialog.py" line="107"/>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="45"/>
        <source>Log in to MTB Desk</source>
        <translation>Logg inn i MTB Desk</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="63"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="67"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="68"/>
        <source>User:</source>
        <translation>Bruker:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="69"/>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="89"/>
        <source>no password set</source>
        <translation>uten passord</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="97"/>
        <source>This database has no active users.</source>
        <translation>Denne databasen har ingen aktive brukere.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../window/actions.py" line="51"/>
        <source>&amp;Import report…</source>
        <translation>&amp;Importer rapport …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="55"/>
        <source>&amp;Export and sign decision…</source>
        <translation>&amp;Eksporter og signer beslutning …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="59"/>
        <source>Export &amp;FHIR bundle</source>
        <translation>Eksporter &amp;FHIR-bunt</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="62"/>
        <source>Export p&amp;henopacket</source>
        <translation>Eksporter p&amp;henopakke</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="65"/>
        <source>&amp;Verify PDF…</source>
        <translation>&amp;Verifiser PDF …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="68"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Møter</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="71"/>
        <source>C&amp;ohorts and drugs</source>
        <translation>K&amp;ohorter og legemidler</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="75"/>
        <source>Sign the meeting&apos;s &amp;final decisions…</source>
        <translation>Signer møtets &amp;endelige beslutninger…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="79"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="89"/>
        <source>&amp;Open SQLite database…</source>
        <translation>&amp;Åpne SQLite-database …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="94"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>&amp;Koble til PostgreSQL …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="98"/>
        <source>Open the &amp;demo database</source>
        <translation>Åpne &amp;demodatabasen</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="102"/>
        <source>Log in as another &amp;user…</source>
        <translation>Logg inn som en annen &amp;bruker …</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="106"/>
        <source>&amp;Close case</source>
        <translation>&amp;Lukk sak</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="110"/>
        <source>&amp;Worklist</source>
        <translation>&amp;Arbeidsliste</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="113"/>
        <source>&amp;Find case</source>
        <translation>&amp;Finn sak</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="116"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="119"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Neste fane</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="122"/>
        <source>&amp;Previous tab</source>
        <translation>&amp;Forrige fane</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="125"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="127"/>
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
        <location filename="../window/main_window.py" line="110"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="153"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="166"/>
        <source>Opened case %1</source>
        <translation>Åpnet sak %1</translation>
    </message>
    <message>
        <location filename="../window/main_window.py" line="183"/>
        <source>Refreshed</source>
        <translation>Oppdatert</translation>
    </message>
    <message numerus="yes">
        <location filename="../window/main_window.py" line="207"/>
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
        <location filename="../window/menus.py" line="44"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="60"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../window/menus.py" line="70"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
<context>
    <name>MatchesTableModel</name>
    <message>
        <location filename="../case/matches.py" line="80"/>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="81"/>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="83"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="88"/>
        <source>eligible</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="89"/>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="90"/>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="91"/>
        <source>excluded</source>
        <translation>utelukket</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="92"/>
        <source>needs annotation</source>
        <translation>trenger annotering</translation>
    </message>
    <message>
        <location filename="../case/matches.py" line="93"/>
        <source>needs confirmation</source>
        <translation>trenger bekreftelse</translation>
    </message>
</context>
<context>
    <name>MeetingClosing</name>
    <message>
        <location filename="../meetings/closing.py" line="18"/>
        <source>Close the meeting?</source>
        <translation>Lukke møtet?</translation>
    </message>
    <message>
        <location filename="../meetings/closing.py" line="19"/>
        <source>They stay on the agenda as not discussed in the minutes.</source>
        <translation>De blir stående på sakslisten som ikke behandlet i referatet.</translation>
    </message>
    <message>
        <location filename="../meetings/closing.py" line="20"/>
        <source>Close anyway</source>
        <translation>Lukk likevel</translation>
    </message>
    <message>
        <location filename="../meetings/closing.py" line="41"/>
        <source>1 case was not discussed — close the meeting anyway?</source>
        <translation>1 sak ble ikke diskutert – avslutte møtet likevel?</translation>
    </message>
    <message>
        <location filename="../meetings/closing.py" line="44"/>
        <source>%1 cases were not discussed — close the meeting anyway?</source>
        <translation>%1 saker ble ikke diskutert – avslutte møtet likevel?</translation>
    </message>
</context>
<context>
    <name>MeetingExportDialog</name>
    <message>
        <location filename="../documents/meeting_export.py" line="40"/>
        <source>Export the minutes</source>
        <translation>Eksporter referatet</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="40"/>
        <source>Export decisions</source>
        <translation>Eksporter beslutninger</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="48"/>
        <source>e.g. Oslo University Hospital, video meeting</source>
        <translation>f.eks. Oslo universitetssykehus, videomøte</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="53"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="55"/>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="56"/>
        <source>Minutes taken by</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="57"/>
        <source>Save in folder</source>
        <translation>Lagre i mappe</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="81"/>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="83"/>
        <source>%1 exists already. Replace it with this export?</source>
        <translation>%1 finnes allerede. Erstatte den med denne eksporten?</translation>
    </message>
    <message>
        <location filename="../documents/meeting_export.py" line="87"/>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
</context>
<context>
    <name>MeetingMinutes</name>
    <message>
        <location filename="../meetings/minutes.py" line="21"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../meetings/minutes.py" line="25"/>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <location filename="../meetings/minutes.py" line="32"/>
        <source>deferred</source>
        <translation>utsatt</translation>
    </message>
    <message>
        <location filename="../meetings/minutes.py" line="39"/>
        <source>not yet discussed</source>
        <translation>ikke drøftet ennå</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../meetings/view.py" line="58"/>
        <source>New meeting…</source>
        <translation>Nytt møte …</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="59"/>
        <source>Choose a meeting</source>
        <translation>Velg et møte</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="63"/>
        <source>Add attendee…</source>
        <translation>Legg til deltaker …</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="65"/>
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="66"/>
        <source>Export minutes…</source>
        <translation>Eksporter referat …</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="67"/>
        <source>Export decisions (XLSX)…</source>
        <translation>Eksporter beslutninger (XLSX) …</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="68"/>
        <location filename="../meetings/view.py" line="137"/>
        <source>Close meeting…</source>
        <translation>Avslutt møtet…</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="76"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="81"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="88"/>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="91"/>
        <source>Minutes so far</source>
        <translation>Referat så langt</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="137"/>
        <source>Reopen meeting</source>
        <translation>Gjenåpne møtet</translation>
    </message>
    <message numerus="yes">
        <location filename="../meetings/view.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="215"/>
        <source>Someone else changed this meeting first; showing their version.</source>
        <translation>Noen andre endret møtet først; viser deres versjon.</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="231"/>
        <source>Agenda order saved</source>
        <translation>Rekkefølgen på agendaen er lagret</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="249"/>
        <location filename="../meetings/view.py" line="370"/>
        <source>Attendance saved</source>
        <translation>Oppmøtet er lagret</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="287"/>
        <source>Meeting closed</source>
        <translation>Møtet er avsluttet</translation>
    </message>
    <message>
        <location filename="../meetings/view.py" line="287"/>
        <source>Meeting reopened</source>
        <translation>Møtet er gjenåpnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../meetings/view.py" line="343"/>
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
        <location filename="../meetings/dialogs.py" line="47"/>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="51"/>
        <source>Molecular tumour board</source>
        <translation>Molekylært tumorboard</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="53"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../meetings/dialogs.py" line="54"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../ops/op.py" line="206"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../ops/database.py" line="38"/>
        <source>Opening the database…</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <location filename="../ops/database.py" line="68"/>
        <source>Opening the database</source>
        <translation>Åpner databasen</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../documents/pdf_preview.py" line="61"/>
        <source>Rendering the preview…</source>
        <translation>Lager forhåndsvisning …</translation>
    </message>
    <message>
        <location filename="../documents/pdf_preview.py" line="77"/>
        <source>No preview here (this system lacks a PDF renderer); use Open.</source>
        <translation>Ingen forhåndsvisning her (systemet mangler PDF-visning); bruk Åpne.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../documents/pdf_preview.py" line="100"/>
        <source>Exported: %1</source>
        <translation>Eksportert: %1</translation>
    </message>
    <message>
        <location filename="../documents/pdf_preview.py" line="108"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../documents/pdf_preview.py" line="111"/>
        <source>Show folder</source>
        <translation>Vis mappe</translation>
    </message>
</context>
<context>
    <name>PresentationText</name>
    <message>
        <location filename="../meetings/presentation_text.py" line="29"/>
        <source>VAF %1</source>
        <translation>VAF %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation_text.py" line="35"/>
        <source>fold change %1</source>
        <translation>fold change %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation_text.py" line="54"/>
        <source>Why not: %1</source>
        <translation>Hvorfor ikke: %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation_text.py" line="56"/>
        <source>Why: %1</source>
        <translation>Hvorfor: %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation_text.py" line="66"/>
        <source>Decided (revision %1, %2): %3</source>
        <translation>Besluttet (revisjon %1, %2): %3</translation>
    </message>
    <message>
        <location filename="../meetings/presentation_text.py" line="73"/>
        <source>Drugs: %1</source>
        <translation>Legemidler: %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation_text.py" line="79"/>
        <source>Rationale: %1</source>
        <translation>Begrunnelse: %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation_text.py" line="86"/>
        <source>Signed by %1</source>
        <translation>Signert av %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation_text.py" line="90"/>
        <source>Not signed yet: sign now (Ctrl+Shift+E) or with the meeting&apos;s batch.</source>
        <translation>Ikke signert ennå: signer nå (Ctrl+Shift+E) eller sammen med møtets øvrige beslutninger.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../meetings/presentation.py" line="61"/>
        <source>Presentation — %1</source>
        <translation>Presentasjon — %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="72"/>
        <source>→ next   ← previous   Enter use match   Esc leave</source>
        <translation>→ neste   ← forrige   Enter bruk kohort   Esc avslutt</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="96"/>
        <source>Sign this decision…</source>
        <translation>Signer denne beslutningen…</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="112"/>
        <source>Key findings</source>
        <translation>Viktigste funn</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="113"/>
        <source>Matching cohorts and drugs</source>
        <translation>Aktuelle kohorter og legemidler</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="132"/>
        <source>The agenda is empty.</source>
        <translation>Agendaen er tom.</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="149"/>
        <source>Case %1 of %2 · %3</source>
        <translation>Sak %1 av %2 · %3</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="216"/>
        <source>Finalise the decision before signing it.</source>
        <translation>Ferdigstill beslutningen før du signerer den.</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="240"/>
        <source>Leave the presentation?</source>
        <translation>Avslutte presentasjonen?</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="241"/>
        <source>The text typed for this case is not recorded yet. Leave and lose it?</source>
        <translation>Teksten du har skrevet for denne saken er ikke registrert ennå. Avslutte og miste den?</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="243"/>
        <source>Leave and lose the text</source>
        <translation>Avslutt og mist teksten</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="245"/>
        <source>Stay</source>
        <translation>Bli</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="265"/>
        <source>ECOG %1</source>
        <translation>ECOG %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="266"/>
        <source>%1 prior line(s)</source>
        <translation>%1 tidligere linje(r)</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="277"/>
        <source>Earlier for this patient: %1</source>
        <translation>Tidligere for denne pasienten: %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="285"/>
        <source>No actionable finding.</source>
        <translation>Ingen behandlingsrettede funn.</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="293"/>
        <source>No cohort matches.</source>
        <translation>Ingen kohort passer.</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="301"/>
        <source>Deferred: %1</source>
        <translation>Utsatt: %1</translation>
    </message>
    <message>
        <location filename="../meetings/presentation.py" line="307"/>
        <source>No decision yet.</source>
        <translation>Ingen beslutning ennå.</translation>
    </message>
</context>
<context>
    <name>RecommendationController</name>
    <message>
        <location filename="../case/recommending.py" line="149"/>
        <source>Recommendation revision %1 finalised</source>
        <translation>Anbefalingen, revisjon %1, er fastsatt</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="151"/>
        <source>Recommendation draft saved (revision %1)</source>
        <translation>Utkast til anbefaling lagret (revisjon %1)</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="177"/>
        <source>The draft recommendation for %1</source>
        <translation>Utkastet til anbefaling for %1</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="217"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="224"/>
        <source>Cohort / trial</source>
        <translation>Kohort / studie</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="230"/>
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../case/recommending.py" line="236"/>
        <source>Further tests</source>
        <translation>Videre tester</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../case/revision_text.py" line="20"/>
        <source>Revision %1 · %2 · %3</source>
        <translation>Revisjon %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../case/revision_text.py" line="26"/>
        <source>recorded by %1, %2</source>
        <translation>registrert av %1, %2</translation>
    </message>
    <message>
        <location filename="../case/revision_text.py" line="33"/>
        <source>finalised by %1, %2</source>
        <translation>fastsatt av %1, %2</translation>
    </message>
    <message>
        <location filename="../case/revision_text.py" line="39"/>
        <source>signed by %1 (%2), %3</source>
        <translation>signert av %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="84"/>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="89"/>
        <source>Choose a match, or type a cohort or trial id</source>
        <translation>Velg et treff, eller skriv en kohort eller studie-id</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="90"/>
        <source>Use selected match</source>
        <translation>Bruk valgt treff</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="93"/>
        <source>Rationale for the board&apos;s recommendation</source>
        <translation>Begrunnelse for styrets anbefaling</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="101"/>
        <source>e.g. IHC, germline testing, liquid biopsy</source>
        <translation>f.eks. IHC, kimbanetesting, flytende biopsi</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="102"/>
        <source>Save draft</source>
        <translation>Lagre utkast</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="103"/>
        <source>Finalise</source>
        <translation>Fastsett</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="104"/>
        <source>Finalise (Ctrl+Enter)</source>
        <translation>Ferdigstill (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="105"/>
        <source>New revision</source>
        <translation>Ny revisjon</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="106"/>
        <source>Edit a new revision that will supersede this one</source>
        <translation>Rediger en ny revisjon som erstatter denne</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="108"/>
        <location filename="../case/recommendation.py" line="308"/>
        <source>No recommendation recorded yet.</source>
        <translation>Ingen anbefaling registrert ennå.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="126"/>
        <source>Recording recommendations is not connected.</source>
        <translation>Registrering av anbefalinger er ikke koblet til.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="149"/>
        <source>Revisions and signatures</source>
        <translation>Revisjoner og signaturer</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="220"/>
        <source>Editing a new revision; saving it supersedes revision %1.</source>
        <translation>Du redigerer en ny revisjon; lagring erstatter revisjon %1.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="268"/>
        <source>Matching: %1</source>
        <translation>Matching: %1</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="307"/>
        <source>No revisions or signatures yet.</source>
        <translation>Ingen revisjoner eller signaturer ennå.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="318"/>
        <source>Revision %1 is %2.</source>
        <translation>Revisjon %1 er %2.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="323"/>
        <source>Signed by %1.</source>
        <translation>Signert av %1.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="327"/>
        <source>Not signed yet.</source>
        <translation>Ikke signert ennå.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="329"/>
        <source>Superseded by revision %1.</source>
        <translation>Erstattet av revisjon %1.</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="133"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="134"/>
        <source>Cohort / trial</source>
        <translation>Kohort / studie</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="135"/>
        <source>Rationale</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="137"/>
        <source>Further tests</source>
        <translation>Videre tester</translation>
    </message>
    <message>
        <location filename="../case/recommendation.py" line="139"/>
        <source>Supporting findings</source>
        <translation>Støttende funn</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../window/screens.py" line="96"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="123"/>
        <source>Cohorts</source>
        <translation>Kohorter</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="145"/>
        <source>Choose a meeting, then start the presentation.</source>
        <translation>Velg et møte, og start deretter presentasjonen.</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="182"/>
        <source>Open a case first.</source>
        <translation>Åpne en sak først.</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="191"/>
        <source>Import a lab report into %1</source>
        <translation>Importer en laboratorierapport i %1</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="194"/>
        <source>Lab files (*.tsv *.vcf *.vcf.gz *.maf *.txt *.csv *.xlsx *.xml);;All files (*)</source>
        <translation>Laboratoriefiler (*.tsv *.vcf *.vcf.gz *.maf *.txt *.csv *.xlsx *.xml);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../window/screens.py" line="250"/>
        <source>Choose a meeting, then sign its decisions.</source>
        <translation>Velg et møte, og signer så beslutningene.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../documents/sign_dialog.py" line="73"/>
        <source>Export and sign the decision for %1</source>
        <translation>Eksporter og signer beslutningen for %1</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="77"/>
        <source>Your signing credential (.p12 / .pfx)</source>
        <translation>Signeringssertifikatet ditt (.p12 / .pfx)</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="78"/>
        <location filename="../documents/sign_dialog.py" line="95"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="81"/>
        <source>Unlocks the credential; never stored</source>
        <translation>Låser opp sertifikatet; lagres aldri</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="102"/>
        <source>Only the chair or a pathologist signs a decision; you can export it unsigned.</source>
        <translation>Bare lederen eller en patolog signerer en beslutning; du kan eksportere den usignert.</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="109"/>
        <source>Credential file</source>
        <translation>Sertifikatfil</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="110"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="111"/>
        <source>Sign as</source>
        <translation>Signer som</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="112"/>
        <source>Language of the PDF</source>
        <translation>Språk i PDF-en</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="113"/>
        <source>Save in folder</source>
        <translation>Lagre i mappe</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="117"/>
        <source>Sign and export</source>
        <translation>Signer og eksporter</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="120"/>
        <source>Export unsigned</source>
        <translation>Eksporter usignert</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="132"/>
        <source>The recommendation must be final. Unlocking your credential with its password confirms that you sign this decision.</source>
        <translation>Anbefalingen må være fastsatt. Når du låser opp sertifikatet med passordet, bekrefter du at du signerer denne beslutningen.</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="155"/>
        <source>Choose your signing credential</source>
        <translation>Velg signeringssertifikatet ditt</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="157"/>
        <source>PKCS#12 credentials (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-sertifikater (*.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="164"/>
        <source>Save documents in</source>
        <translation>Lagre dokumenter i</translation>
    </message>
    <message>
        <location filename="../documents/sign_dialog.py" line="171"/>
        <source>Choose your credential file and type its password.</source>
        <translation>Velg sertifikatfilen og skriv inn passordet.</translation>
    </message>
</context>
<context>
    <name>StandardsExport</name>
    <message>
        <location filename="../documents/standards_export.py" line="29"/>
        <source>Saved %1 (%2 items).</source>
        <translation>Lagret %1 (%2 elementer).</translation>
    </message>
    <message>
        <location filename="../documents/standards_export.py" line="30"/>
        <source>Not exported or not coded:</source>
        <translation>Ikke eksportert eller ikke kodet:</translation>
    </message>
    <message>
        <location filename="../documents/standards_export.py" line="31"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../documents/standards_export.py" line="32"/>
        <source>Exporting %1 for %2</source>
        <translation>Eksporterer %1 for %2</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../followup/dialogs.py" line="74"/>
        <source>Start treatment for %1</source>
        <translation>Start behandling for %1</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="77"/>
        <source>(not enrolled)</source>
        <translation>(ikke inkludert)</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="81"/>
        <source>INN names, comma-separated (default: cohort&apos;s)</source>
        <translation>INN-navn, kommaseparert (standard: kohortens)</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="85"/>
        <source>Follows from</source>
        <translation>Følger av</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="86"/>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="87"/>
        <source>Other trial id</source>
        <translation>Annen studie-ID</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="88"/>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="89"/>
        <source>Started on</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="90"/>
        <source>Starting dose</source>
        <translation>Startdose</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../startup.py" line="59"/>
        <source>Opening %1…</source>
        <translation>Åpner %1 …</translation>
    </message>
    <message>
        <location filename="../startup.py" line="75"/>
        <source>Open SQLite database</source>
        <translation>Åpne SQLite-database</translation>
    </message>
    <message>
        <location filename="../startup.py" line="77"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-databaser (*.sqlite *.sqlite3 *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../startup.py" line="84"/>
        <source>Connect to PostgreSQL</source>
        <translation>Koble til PostgreSQL</translation>
    </message>
    <message>
        <location filename="../startup.py" line="101"/>
        <source>Database password</source>
        <translation>Passord til databasen</translation>
    </message>
    <message>
        <location filename="../startup.py" line="102"/>
        <source>Password for %1:</source>
        <translation>Passord for %1:</translation>
    </message>
    <message>
        <location filename="../startup.py" line="85"/>
        <source>Database URL (your own login; no password is stored):</source>
        <translation>Database-URL (din egen innlogging; ingen passord lagres):</translation>
    </message>
    <message>
        <location filename="../startup.py" line="116"/>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <location filename="../startup.py" line="118"/>
        <source>The database %1 could not be opened.</source>
        <translation>Databasen %1 kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="122"/>
        <source>Open another…</source>
        <translation>Åpne en annen …</translation>
    </message>
    <message>
        <location filename="../startup.py" line="124"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../startup.py" line="124"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../followup/dialogs.py" line="105"/>
        <source>Stop treatment of %1</source>
        <translation>Stopp behandlingen av %1</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="110"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="111"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../followup/dialogs.py" line="112"/>
        <source>Stopped on</source>
        <translation>Stoppet</translation>
    </message>
</context>
<context>
    <name>SupplyView</name>
    <message>
        <location filename="../followup/lists.py" line="43"/>
        <source>Agreement</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="44"/>
        <source>Drugs</source>
        <translation>Legemidler</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="45"/>
        <source>Agreed</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="46"/>
        <source>Used</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="47"/>
        <source>Left</source>
        <translation>Igjen</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="48"/>
        <source>On drug</source>
        <translation>På legemiddel</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="49"/>
        <source>Company pays</source>
        <translation>Firma betaler</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="50"/>
        <source>Public payer</source>
        <translation>Det offentlige</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="51"/>
        <source>Benefit</source>
        <translation>Nytte</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="52"/>
        <source>No benefit</source>
        <translation>Ingen nytte</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="53"/>
        <source>Not evaluable</source>
        <translation>Ikke evaluerbar</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="54"/>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="57"/>
        <source>Study id</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="58"/>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="59"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="60"/>
        <source>Week-16 outcome</source>
        <translation>Utfall uke 16</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="61"/>
        <source>Pays now</source>
        <translation>Betaler nå</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="62"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="162"/>
        <source>Drug supply agreements</source>
        <translation>Leveringsavtaler for legemidler</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="164"/>
        <source>The company supplies the drug for the first 16 weeks; the public payer takes over for patients with clinical benefit. Study ids only: no names or national ids.</source>
        <translation>Firmaet leverer legemidlet de første 16 ukene; det offentlige overtar for pasienter med klinisk nytte. Kun studie-ID: ingen navn eller fødselsnummer.</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="173"/>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="215"/>
        <source>Export supply report</source>
        <translation>Eksporter leveringsrapport</translation>
    </message>
    <message>
        <location filename="../followup/lists.py" line="216"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>TwoStageChart</name>
    <message>
        <location filename="../cohorts/chart.py" line="52"/>
        <source>%1: benefit against the two-stage rule</source>
        <translation>%1: nytte målt mot totrinnsregelen</translation>
    </message>
    <message>
        <location filename="../cohorts/chart.py" line="55"/>
        <source>Evaluated %1 (+%2 awaiting week 16)</source>
        <translation>Evaluert %1 (+%2 venter på uke 16)</translation>
    </message>
    <message>
        <location filename="../cohorts/chart.py" line="60"/>
        <source>stage 1: %1</source>
        <translation>trinn 1: %1</translation>
    </message>
    <message>
        <location filename="../cohorts/chart.py" line="65"/>
        <source>≥%1 of %2</source>
        <translation>≥%1 av %2</translation>
    </message>
    <message>
        <location filename="../cohorts/chart.py" line="64"/>
        <source>With clinical benefit: %1</source>
        <translation>Med klinisk nytte: %1</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../formatting.py" line="72"/>
        <source>referred</source>
        <translation>henvist</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="73"/>
        <source>in review</source>
        <translation>under vurdering</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="74"/>
        <source>scheduled</source>
        <translation>satt opp</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="75"/>
        <source>discussed</source>
        <translation>diskutert</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="76"/>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="77"/>
        <source>oncogenic</source>
        <translation>onkogen</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="78"/>
        <source>likely oncogenic</source>
        <translation>sannsynlig onkogen</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="79"/>
        <source>vus</source>
        <translation>VUS</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="80"/>
        <source>likely benign</source>
        <translation>sannsynlig benign</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="81"/>
        <source>benign</source>
        <translation>benign</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="82"/>
        <source>amplification</source>
        <translation>amplifikasjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="83"/>
        <source>deletion</source>
        <translation>delesjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="84"/>
        <source>fusion</source>
        <translation>fusjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="85"/>
        <source>splice</source>
        <translation>spleising</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="86"/>
        <source>IMPRESS cohort</source>
        <translation>IMPRESS-kohort</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="87"/>
        <source>other trial</source>
        <translation>annen studie</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="88"/>
        <source>approved therapy</source>
        <translation>godkjent behandling</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="89"/>
        <source>off label</source>
        <translation>utenfor godkjent indikasjon</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="90"/>
        <source>no actionable</source>
        <translation>ingen behandlingsrettet endring</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="91"/>
        <source>further testing</source>
        <translation>videre testing</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="92"/>
        <source>genetic counselling</source>
        <translation>genetisk veiledning</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="93"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="94"/>
        <source>final</source>
        <translation>fastsatt</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="95"/>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="96"/>
        <source>superseded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="97"/>
        <source>pending</source>
        <translation>venter</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="98"/>
        <source>deferred</source>
        <translation>utsatt</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="99"/>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="100"/>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="101"/>
        <source>reader</source>
        <translation>leser</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="102"/>
        <source>clinician</source>
        <translation>kliniker</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="103"/>
        <source>pathologist</source>
        <translation>patolog</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="104"/>
        <source>bioinformatician</source>
        <translation>bioinformatiker</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="105"/>
        <source>secretary</source>
        <translation>sekretær</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="106"/>
        <source>chair</source>
        <translation>leder</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="107"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="108"/>
        <source>MSI-high</source>
        <translation>MSI-høy</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="109"/>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="110"/>
        <source>indeterminate</source>
        <translation>ubestemt</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="111"/>
        <source>gain</source>
        <translation>økning</translation>
    </message>
    <message>
        <location filename="../formatting.py" line="112"/>
        <source>loss</source>
        <translation>tap</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../documents/verify_dialog.py" line="44"/>
        <source>Verify a signed PDF</source>
        <translation>Verifiser en signert PDF</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="47"/>
        <source>Optional: the signer&apos;s certificate (.pem)</source>
        <translation>Valgfritt: signererens sertifikat (.pem)</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="48"/>
        <source>Choose a PDF and press Verify.</source>
        <translation>Velg en PDF og trykk Verifiser.</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="53"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="54"/>
        <source>Trusted certificate</source>
        <translation>Klarert sertifikat</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="58"/>
        <source>Verify</source>
        <translation>Verifiser</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="70"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="86"/>
        <source>Checking…</source>
        <translation>Kontrollerer …</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="98"/>
        <source>This PDF carries no signature.</source>
        <translation>Denne PDF-en har ingen signatur.</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="100"/>
        <source>Valid: every signature is intact and trusted.</source>
        <translation>Gyldig: alle signaturene er intakte og klarert.</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="102"/>
        <source>Intact, but the signers are not trusted here (add a certificate).</source>
        <translation>Intakt, men signererne er ikke klarert her (legg til et sertifikat).</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="104"/>
        <source>NOT valid: the document was changed after signing, or a signature is broken.</source>
        <translation>IKKE gyldig: dokumentet ble endret etter signering, eller en signatur er brutt.</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="114"/>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="114"/>
        <source>BROKEN</source>
        <translation>BRUTT</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="115"/>
        <source>trusted</source>
        <translation>klarert</translation>
    </message>
    <message>
        <location filename="../documents/verify_dialog.py" line="115"/>
        <source>not trusted</source>
        <translation>ikke klarert</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../followup/visit_dialog.py" line="46"/>
        <source>Record a visit for %1</source>
        <translation>Registrer besøk for %1</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="79"/>
        <source>%1 (due %2)</source>
        <translation>%1 (forfaller %2)</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="84"/>
        <source>%1 (recorded %2)</source>
        <translation>%1 (registrert %2)</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="91"/>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="92"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="93"/>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="96"/>
        <source>by</source>
        <translation>etter</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="98"/>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="99"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../followup/visit_dialog.py" line="100"/>
        <source>Adverse events at this visit</source>
        <translation>Bivirkninger ved dette besøket</translation>
    </message>
</context>
<context>
    <name>VisitSaver</name>
    <message>
        <location filename="../followup/visit_saving.py" line="27"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="28"/>
        <source>ECOG</source>
        <translation>ECOG</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="29"/>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="30"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="31"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="32"/>
        <source>Adverse events</source>
        <translation>Bivirkninger</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="42"/>
        <source>day 1</source>
        <translation>dag 1</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="43"/>
        <source>week %1</source>
        <translation>uke %1</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="54"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="151"/>
        <source>Visit recorded for %1</source>
        <translation>Besøk registrert for %1</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="190"/>
        <source>The %1 visit of %2 no longer exists; nothing was saved.</source>
        <translation>Besøket %1 for %2 finnes ikke lenger; ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="48"/>
        <source>The %1 visit of %2</source>
        <translation>Besøket %1 for %2</translation>
    </message>
    <message>
        <location filename="../followup/visit_saving.py" line="214"/>
        <source>Kept the visit as the other user saved it</source>
        <translation>Beholdt besøket slik den andre brukeren lagret det</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../cohorts/dialogs.py" line="46"/>
        <source>Withdraw %1</source>
        <translation>Trekk ut %1</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="48"/>
        <source>e.g. toxicity, moved abroad</source>
        <translation>f.eks. toksisitet, flyttet utenlands</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="50"/>
        <source>Before the week-16 evaluation a withdrawal frees the cohort place.</source>
        <translation>Før evalueringen ved uke 16 frigjør en uttrekning plassen i kohorten.</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="54"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../cohorts/dialogs.py" line="55"/>
        <source>Withdrawn on</source>
        <translation>Trukket ut dato</translation>
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
        <location filename="../worklist/model.py" line="194"/>
        <source>This column cannot be sorted</source>
        <translation>Denne kolonnen kan ikke sorteres</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../worklist/view.py" line="40"/>
        <source>Search study id, patient or diagnosis…</source>
        <translation>Søk på studie-id, pasient eller diagnose …</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="63"/>
        <source>Hospital</source>
        <translation>Sykehus</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="64"/>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="105"/>
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="110"/>
        <location filename="../worklist/view.py" line="125"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="192"/>
        <source>No cases match</source>
        <translation>Ingen saker passer</translation>
    </message>
    <message numerus="yes">
        <location filename="../worklist/view.py" line="194"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../worklist/view.py" line="196"/>
        <source>%1 of %2 cases loaded</source>
        <translation>%1 av %2 saker lastet</translation>
    </message>
</context>
</TS>
