/**
 * Texts written for the encoding bench (detect-bench.ts) in the languages saved in Windows-1254 or
 * ISO-8859-9 (Turkish) and Windows-1257 or ISO-8859-13 (Lithuanian, Latvian, Estonian): the same
 * invented news story as central-european-texts.ts, told in each. Not copied from any public set.
 */
export const TURKISH_AND_BALTIC_TEXTS: Record<string, string> = {
  tr: `Belediye meclisi perşembe günü, nehir üzerindeki yeni köprünün ancak sonbaharda açılacağına karar verdi. Çalışmalar, mayıs ayında şantiyeyi su basan şiddetli yağmurlar nedeniyle gecikti. Belediye başkanı, sakinlerin dolambaçlı yollardan bıktığını kabul etti, ancak güvenliğin aceleden daha önemli olduğunu söyledi.

Yükleniciye göre inşaatın maliyeti yüzde birkaç artacak. Paranın bir kısmını sigorta karşılayacak, geri kalanını ise belediye bu yılın bütçesinden ödeyecek. Muhalefet üyeleri ayrıntılı bir rapor istiyor ve sel tehlikesine karşı neden kimsenin daha önce uyarmadığını soruyor.

Cuma günü belediye binasının önündeki meydanda halkla bir toplantı yapılacak. Herkes mühendislere soru sorabilecek ve köprünün maketini görebilecek. İzmir'den gelen uzmanlar da toplantıya katılacak.`,
  lt: `Miesto taryba ketvirtadienį nusprendė, kad naujasis tiltas per upę bus atidarytas tik rudenį. Darbai vėlavo dėl smarkių liūčių, kurios gegužę užliejo statybvietę. Meras pripažino, kad gyventojai pavargo nuo apvažiavimų, tačiau saugumas svarbesnis už skubėjimą.

Pasak rangovo, statybos kaina padidės keliais procentais. Dalį pinigų padengs draudimas, o likusią sumą savivaldybė sumokės iš šių metų biudžeto. Opozicijos nariai reikalauja išsamios ataskaitos ir klausia, kodėl niekas anksčiau neįspėjo apie potvynio pavojų.

Penktadienį aikštėje prie rotušės vyks susitikimas su gyventojais. Kiekvienas galės užduoti klausimą inžinieriams ir apžiūrėti tilto maketą. Į renginį atvyks ir mokyklos vaikai.`,
  lv: `Pilsētas dome ceturtdien nolēma, ka jaunais tilts pār upi tiks atvērts tikai rudenī. Darbi aizkavējās stipru lietusgāžu dēļ, kas maijā appludināja būvlaukumu. Mērs atzina, ka iedzīvotāji ir noguruši no apbraucamajiem ceļiem, taču drošība ir svarīgāka par steigu.

Pēc būvnieka teiktā, būvniecības izmaksas pieaugs par dažiem procentiem. Daļu naudas segs apdrošināšana, bet atlikumu pašvaldība samaksās no šī gada budžeta. Opozīcijas deputāti pieprasa detalizētu ziņojumu un jautā, kāpēc neviens agrāk nebrīdināja par plūdu briesmām.

Piektdien laukumā pie rātsnama notiks tikšanās ar iedzīvotājiem. Ikviens varēs uzdot jautājumus inženieriem un apskatīt tilta maketu. Ģimenēm ar bērniem būs pieejama bezmaksas kafija.`,
  et: `Linnavolikogu otsustas neljapäeval, et uus sild üle jõe avatakse alles sügisel. Tööd hilinesid tugevate vihmade tõttu, mis mais ehitusplatsi üle ujutasid. Linnapea tunnistas, et elanikud on ümbersõitudest väsinud, kuid ohutus on tähtsam kui kiirustamine.

Ehitaja sõnul suurenevad ehituskulud mõne protsendi võrra. Osa rahast katab kindlustus, ülejäänu maksab vald selle aasta eelarvest. Opositsiooni liikmed nõuavad üksikasjalikku aruannet ja küsivad, miks keegi varem üleujutuse ohu eest ei hoiatanud.

Reedel toimub raekoja ees väljakul kohtumine elanikega. Igaüks saab inseneridelt küsida ja vaadata silla maketti. Šokolaadi ja žetoone jagatakse lastele tasuta.`,
};
