/**
 * Texts written for the encoding bench (detect-bench.ts) in the languages saved in Windows-1250 or
 * ISO-8859-2: one invented news story told in each, so that the only difference between them is the
 * language. The public sets hold few pages in these languages; these are not copied from any of them.
 * Romanian is written with the cedilla forms "ş" and "ţ", as the legacy encodings (which have no
 * comma-below letters) wrote it.
 */
export const CENTRAL_EUROPEAN_TEXTS: Record<string, string> = {
  pl: `Rada miejska zdecydowała w czwartek, że nowy most nad rzeką zostanie otwarty dopiero jesienią. Prace opóźniły się z powodu ulewnych deszczy, które w maju zalały plac budowy. Burmistrz przyznał, że mieszkańcy są zmęczeni objazdami, ale bezpieczeństwo jest ważniejsze niż pośpiech.

Według wykonawcy koszt inwestycji wzrośnie o kilka procent. Część pieniędzy pokryje ubezpieczenie, resztę dołoży gmina z tegorocznego budżetu. Radni opozycji żądają szczegółowego raportu i pytają, dlaczego nikt wcześniej nie ostrzegał przed ryzykiem powodzi.

W piątek na placu przed ratuszem odbędzie się spotkanie z mieszkańcami. Każdy będzie mógł zadać pytanie inżynierom i obejrzeć makietę mostu. Świetlica szkolna będzie otwarta dla dzieci do godziny osiemnastej.`,
  cs: `Městská rada ve čtvrtek rozhodla, že nový most přes řeku bude otevřen až na podzim. Práce se zpozdily kvůli vydatným dešťům, které v květnu zaplavily staveniště. Starosta přiznal, že obyvatelé jsou unavení z objížděk, ale bezpečnost je důležitější než spěch.

Podle dodavatele vzrostou náklady na stavbu o několik procent. Část peněz pokryje pojištění, zbytek doplatí obec z letošního rozpočtu. Opoziční zastupitelé žádají podrobnou zprávu a ptají se, proč nikdo dříve nevaroval před rizikem povodně.

V pátek se na náměstí před radnicí uskuteční setkání s občany. Každý se bude moci zeptat inženýrů a prohlédnout si model mostu. Šťastnou náhodou se stavba nedotkne školní zahrady.`,
  sk: `Mestské zastupiteľstvo vo štvrtok rozhodlo, že nový most cez rieku otvoria až na jeseň. Práce sa oneskorili pre výdatné dažde, ktoré v máji zaplavili stavenisko. Primátor priznal, že obyvatelia sú unavení z obchádzok, ale bezpečnosť je dôležitejšia ako zhon.

Podľa dodávateľa stúpnu náklady na stavbu o niekoľko percent. Časť peňazí pokryje poistenie, zvyšok doplatí obec z tohtoročného rozpočtu. Opoziční poslanci žiadajú podrobnú správu a pýtajú sa, prečo nikto skôr nevaroval pred rizikom povodne.

V piatok sa na námestí pred radnicou uskutoční stretnutie s občanmi. Každý sa bude môcť opýtať inžinierov a pozrieť si model mosta. Ľudia z okolitých dedín dostanú lístky na autobus zadarmo.`,
  hu: `A városi közgyűlés csütörtökön úgy döntött, hogy az új híd csak ősszel nyílik meg a folyó fölött. A munkálatok a májusi felhőszakadások miatt csúsztak, amelyek elárasztották az építkezést. A polgármester elismerte, hogy a lakók belefáradtak a kerülőutakba, de a biztonság fontosabb a sietségnél.

A kivitelező szerint a beruházás költsége néhány százalékkal nő. A pénz egy részét a biztosító fizeti, a többit az önkormányzat állja az idei költségvetésből. Az ellenzéki képviselők részletes jelentést követelnek, és azt kérdezik, miért nem figyelmeztetett senki korábban az árvízveszélyre.

Pénteken a városháza előtti téren lakossági fórumot tartanak. Bárki kérdezhet a mérnököktől, és megtekintheti a híd makettjét. Őszintén szólva a gyerekek már most az átadó ünnepségre készülnek.`,
  sl: `Mestni svet je v četrtek odločil, da bodo novi most čez reko odprli šele jeseni. Dela so se zavlekla zaradi močnega deževja, ki je maja poplavilo gradbišče. Župan je priznal, da so prebivalci naveličani obvozov, vendar je varnost pomembnejša od naglice.

Po besedah izvajalca se bodo stroški gradnje zvišali za nekaj odstotkov. Del denarja bo pokrila zavarovalnica, preostanek pa bo občina plačala iz letošnjega proračuna. Opozicijski svetniki zahtevajo podrobno poročilo in sprašujejo, zakaj nihče prej ni opozoril na nevarnost poplav.

V petek bo na trgu pred mestno hišo srečanje z občani. Vsak bo lahko vprašal inženirje in si ogledal maketo mostu. Čeprav je vreme negotovo, organizatorji pričakujejo veliko obiskovalcev.`,
  hr: `Gradsko vijeće u četvrtak je odlučilo da će se novi most preko rijeke otvoriti tek na jesen. Radovi su kasnili zbog obilnih kiša koje su u svibnju poplavile gradilište. Gradonačelnik je priznao da su stanovnici umorni od obilazaka, ali sigurnost je važnija od žurbe.

Prema riječima izvođača, troškovi gradnje porast će za nekoliko posto. Dio novca pokrit će osiguranje, a ostatak će općina platiti iz ovogodišnjeg proračuna. Oporbeni vijećnici traže detaljno izvješće i pitaju zašto nitko ranije nije upozorio na opasnost od poplave.

U petak će se na trgu ispred gradske vijećnice održati susret s građanima. Svatko će moći postaviti pitanje inženjerima i pogledati maketu mosta. Đaci iz obližnje škole pripremili su kratki program.`,
  ro: `Consiliul local a hotărât joi că noul pod peste râu va fi deschis abia în toamnă. Lucrările au întârziat din cauza ploilor abundente care au inundat şantierul în mai. Primarul a recunoscut că locuitorii s-au săturat de ocoliri, dar siguranţa este mai importantă decât graba.

Potrivit constructorului, costurile lucrării vor creşte cu câteva procente. O parte din bani va fi acoperită de asigurare, iar restul va fi plătit de primărie din bugetul de anul acesta. Consilierii din opoziţie cer un raport detaliat şi întreabă de ce nimeni nu a avertizat mai devreme asupra riscului de inundaţii.

Vineri, în piaţa din faţa primăriei, va avea loc o întâlnire cu cetăţenii. Oricine va putea pune întrebări inginerilor şi va putea vedea macheta podului. Şcoala din apropiere va rămâne deschisă pentru copii până seara.`,
};
