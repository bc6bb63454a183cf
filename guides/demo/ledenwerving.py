"""Demo guides for the topic "ledenwerving" (membership recruitment)."""

TOPIC = "ledenwerving"

GUIDES = [
    # ------------------------------------------------------------------
    # 1. Waarom leden ertoe doen en een wervingsplan
    # ------------------------------------------------------------------
    {
        "slug": "ledenwerving-wervingsplan",
        "title": "Ledenwerving: een wervingsplan voor meer leden",
        "summary": (
            "Waarom leden onmisbaar zijn voor een lokale partij en hoe je stap voor stap "
            "een wervingsplan maakt: doel, doelgroepen, boodschap, kanalen en taakverdeling."
        ),
        "tags": ["ledenwerving", "leden werven", "wervingsplan", "vereniging"],
        "related": [
            "ledenwerving-campagnes-en-activiteiten",
            "ledenwerving-binden-en-behouden",
            "campagne-plan",
            "fondsenwerving-basis",
        ],
        "body": [
            (
                "paragraph",
                "<p>Hoe krijgen we meer leden? Het is een van de vragen die lokale partijen het "
                "vaakst stellen. Veel partijen draaien op een kleine, vaste kern van actieve mensen. "
                "Zolang het goed gaat valt dat nauwelijks op, maar wie een raadslid ziet vertrekken, "
                "een penningmeester zoekt of een kandidatenlijst moet vullen, merkt ineens hoe smal "
                "de basis is.</p>"
                "<p>Leden werven gaat zelden vanzelf. Partijen die structureel groeien, doen dat "
                "bijna altijd met een eenvoudig plan: ze weten wie ze zoeken, waarom die mensen lid "
                "zouden willen worden en wie in de partij wat doet. In deze gids lees je hoe je zo'n "
                "wervingsplan opstelt, ook als je bestuur uit maar een paar vrijwilligers bestaat.</p>",
            ),
            ("heading", "Waarom leden ertoe doen"),
            (
                "paragraph",
                "<p>Een lokale partij heeft geen landelijk partijbureau achter zich. De leden zijn "
                "daarom letterlijk de partij. Meer leden betekent:</p>"
                "<ul>"
                "<li><b>Inkomsten.</b> De contributie is voor de meeste lokale partijen de "
                "belangrijkste en meest voorspelbare bron van geld voor campagnes, zaalhuur en "
                "trainingen.</li>"
                "<li><b>Handen.</b> Leden flyeren, bemannen de marktkraam, schrijven mee aan het "
                "verkiezingsprogramma en helpen op de verkiezingsdag.</li>"
                "<li><b>Kandidaten en opvolgers.</b> Bijna alle raadsleden, commissieleden en "
                "bestuurders komen uit het eigen ledenbestand. Zonder aanwas geen nieuwe "
                "kandidaten.</li>"
                "<li><b>Ogen en oren in de gemeente.</b> Leden uit verschillende wijken, dorpen en "
                "kernen brengen signalen binnen die de fractie anders mist.</li>"
                "<li><b>Draagvlak en legitimiteit.</b> Besluiten van de ledenvergadering (ALV) "
                "wegen zwaarder als ze door een brede groep inwoners worden genomen.</li>"
                "</ul>",
            ),
            ("heading", "Begin met een nulmeting"),
            (
                "paragraph",
                "<p>Voordat je nieuwe leden gaat zoeken, is het handig te weten wie je al hebt. "
                "Haal een overzicht uit de ledenadministratie en kijk naar het aantal leden, de "
                "leeftijdsopbouw, de woonplaats of kern, hoe lang mensen al lid zijn en hoe ze ooit "
                "binnenkwamen. Kijk ook naar de opzeggingen van de afgelopen jaren: wie vertrok er "
                "en waarom?</p>"
                "<p>Leg die gegevens naast de bevolking van je gemeente. Ontbreken jongeren, een "
                "bepaalde wijk of een van de dorpen? Dan weet je meteen waar je plan zich op moet "
                "richten. Gebruik voor zo'n analyse alleen geanonimiseerde totalen, zodat je geen "
                "persoonsgegevens verder verspreidt dan nodig.</p>",
            ),
            (
                "steps",
                {
                    "title": "In zes stappen naar een wervingsplan",
                    "steps": [
                        {
                            "title": "Bepaal een concreet doel",
                            "text": "<p>Formuleer een doel dat je kunt meten, met een datum erbij. "
                            "Bijvoorbeeld: van zestig naar negentig leden vóór de ledenvergadering "
                            "in het najaar, waarvan minstens tien uit de kernen waar we nu "
                            "nauwelijks leden hebben.</p>",
                        },
                        {
                            "title": "Kies twee of drie doelgroepen",
                            "text": "<p>Wie iedereen wil bereiken, bereikt niemand. Kies op basis "
                            "van je nulmeting een paar groepen waar de kansen het grootst zijn of "
                            "waar het gat het grootst is.</p>",
                        },
                        {
                            "title": "Schrijf een wervende boodschap",
                            "text": "<p>Vertel waarom iemand lid zou worden: wat kan een lid "
                            "bij jullie doen en bereiken? Maak het lokaal en concreet, met een "
                            "voorbeeld van iets wat de partij in de gemeente voor elkaar kreeg.</p>",
                        },
                        {
                            "title": "Kies kanalen en momenten",
                            "text": "<p>Bepaal per doelgroep waar je ze tegenkomt: op de markt, "
                            "bij de sportclub, via sociale media, in het huis-aan-huisblad of via "
                            "leden die iemand kennen. Plan acties rond momenten waarop mensen "
                            "openstaan voor lokale politiek.</p>",
                        },
                        {
                            "title": "Verdeel taken en budget",
                            "text": "<p>Wijs een trekker aan, bijvoorbeeld een bestuurslid "
                            "ledenwerving, en spreek af wie wat doet. Reserveer een klein budget "
                            "voor drukwerk, een zaaltje of een gesponsord bericht.</p>",
                        },
                        {
                            "title": "Meet en stuur bij",
                            "text": "<p>Houd bij hoeveel aanmeldingen elke actie oplevert en "
                            "bespreek de stand elke bestuursvergadering. Wat niet werkt, stop je; "
                            "wat wel werkt, herhaal je.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Doelgroepen en hoe je ze bereikt"),
            (
                "table",
                {
                    "caption": "Voorbeelden van doelgroepen voor ledenwerving",
                    "header": ["Doelgroep", "Wat hen aanspreekt", "Waar je ze bereikt"],
                    "rows": [
                        [
                            "Kiezers en sympathisanten",
                            "Invloed op de koers en de kandidaten van de partij",
                            "Na de verkiezingen, via de nieuwsbrief en sociale media",
                        ],
                        [
                            "Nieuwe inwoners",
                            "Snel wegwijs worden en mensen leren kennen",
                            "Buurtbijeenkomsten, welkomstmarkt, lokale Facebookgroepen",
                        ],
                        [
                            "Jongeren en studenten",
                            "Ervaring opdoen, iets concreets regelen, een eigen rol",
                            "Scholen, sportclubs, jongerenraad, korte video's online",
                        ],
                        [
                            "Ondernemers",
                            "Meedenken over centrum, bedrijventerrein en regels",
                            "Ondernemersvereniging, netwerkbijeenkomsten, persoonlijk gesprek",
                        ],
                        [
                            "Actieve inwoners in verenigingen en buurtinitiatieven",
                            "Hun onderwerp op de politieke agenda krijgen",
                            "Dorpsraad, wijkoverleg, inspraakavonden van de gemeente",
                        ],
                        [
                            "Oud-leden en familie van leden",
                            "Opnieuw betrokken raken zonder grote verplichting",
                            "Persoonlijke uitnodiging door een bekend lid",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Let ook op de timing. Mensen worden vaker lid vlak na de "
                "gemeenteraadsverkiezingen, als de uitslag nog vers is, en rond een lokale kwestie "
                "die veel losmaakt. Ook het begin van de kandidaatstelling is een goed moment: wie "
                "wil meepraten over de kandidatenlijst, moet lid zijn.</p>"
                "<p>Ledenwerving en fondsenwerving versterken elkaar, maar houd ze in je "
                "communicatie wel uit elkaar. Wie lid wordt om mee te praten, wil niet in de "
                "eerste mail al om een extra gift gevraagd worden.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Vraag het gewoon",
                    "text": "<p>De meeste mensen worden lid omdat iemand die ze kennen het ze "
                    "vroeg. Vraag daarom elk lid om in het komende halfjaar één persoon persoonlijk "
                    "uit te nodigen. Dat levert vaak meer op dan een dure advertentie.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "We dachten jarenlang dat mensen vanzelf lid zouden worden als we "
                    "goed werk deden in de raad. Pas toen we een doel op papier zetten en iedereen "
                    "een taak gaven, groeiden we echt.",
                    "name": "Anja (fictief voorbeeld)",
                    "role": "Bestuurslid ledenwerving",
                    "party": "Gemeentebelangen Voorbeeldstad",
                },
            ),
            (
                "checklist",
                {
                    "title": "Je wervingsplan is compleet als je weet:",
                    "items": [
                        "Hoeveel leden je nu hebt en hoe die zijn samengesteld",
                        "Welk meetbaar doel je wilt halen en vóór welke datum",
                        "Op welke twee of drie doelgroepen je je richt",
                        "Welke boodschap je per doelgroep gebruikt",
                        "Welke acties je plant, via welke kanalen en wanneer",
                        "Wie de trekker is en wie welke taak heeft",
                        "Hoeveel budget er beschikbaar is",
                        "Hoe nieuwe leden zich eenvoudig kunnen aanmelden",
                        "Hoe je aanmeldingen per actie bijhoudt en evalueert",
                    ],
                },
            ),
            (
                "document",
                {
                    "key": "ledenwerving-wervingsplan-sjabloon",
                    "title": "Sjabloon wervingsplan",
                    "description": "Invulbaar sjabloon met de zes stappen uit deze gids, een "
                    "tabel voor doelgroepen en een planning per kwartaal.",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Hoeveel leden heeft een lokale partij nodig?",
                        "answer": "<p>Daar is geen vaste norm voor. Een praktische vuistregel: "
                        "je hebt genoeg leden als je een volledig bestuur, een gevulde "
                        "kandidatenlijst en een campagneteam kunt samenstellen zonder steeds "
                        "dezelfde mensen te vragen. In een kleine gemeente kan dat met enkele "
                        "tientallen leden, in een grote stad heb je er meer nodig.</p>",
                    },
                    {
                        "question": "Moeten we contributie vragen?",
                        "answer": "<p>Meestal wel. Contributie zorgt voor vaste inkomsten en "
                        "maakt het lidmaatschap bewust. Houd het bedrag laag genoeg om geen "
                        "drempel te vormen en overweeg een verlaagd tarief voor jongeren of "
                        "mensen met een kleine beurs. De hoogte stelt de ledenvergadering "
                        "vast.</p>",
                    },
                    {
                        "question": "Wie in het bestuur is verantwoordelijk voor ledenwerving?",
                        "answer": "<p>Wijs één trekker aan, bijvoorbeeld een bestuurslid "
                        "ledenwerving of de secretaris. Die persoon hoeft niet alles zelf te doen, "
                        "maar bewaakt het plan. Werving blijft een taak van de hele partij, ook "
                        "van raadsleden en fractie.</p>",
                    },
                    {
                        "question": "Mogen we mensen die ons steunen zomaar benaderen?",
                        "answer": "<p>Benader mensen via je eigen netwerk of op plekken waar ze "
                        "zelf contact met je zoeken. Gebruik geen gekochte adressenlijsten en mail "
                        "alleen mensen die daar toestemming voor gaven. Lees meer over privacy en "
                        "de AVG in de gids over binden en behouden.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "membership-recruitment-plan",
            "title": "Membership recruitment: a plan for gaining more members",
            "summary": (
                "Why members are essential to a local party and how to build a recruitment plan "
                "step by step: goal, target groups, message, channels and who does what."
            ),
            "tags": [
                "membership recruitment",
                "recruiting members",
                "recruitment plan",
                "association",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>How do we get more members? It is one of the questions local parties ask "
                    "most often. Many parties run on a small, steady core of active people. While "
                    "things go well you hardly notice, but as soon as a councillor steps down, you "
                    "need a new treasurer or you have to fill a candidate list, you suddenly see "
                    "how narrow your base really is.</p>"
                    "<p>Recruiting members rarely happens by itself. Parties that grow steadily "
                    "almost always work from a simple plan: they know who they are looking for, why "
                    "those people would want to join and who in the party does what. This guide "
                    "shows you how to draw up such a recruitment plan, even if your board is just "
                    "a handful of volunteers.</p>",
                ),
                ("heading", "Why members matter"),
                (
                    "paragraph",
                    "<p>A local party has no national head office behind it. Its members quite "
                    "literally are the party. More members means:</p>"
                    "<ul>"
                    "<li><b>Income.</b> For most local parties, membership fees are the largest "
                    "and most predictable source of money for campaigns, venue hire and "
                    "training.</li>"
                    "<li><b>Hands.</b> Members hand out leaflets, staff the market stall, help "
                    "write the election programme and lend a hand on polling day.</li>"
                    "<li><b>Candidates and successors.</b> Nearly all councillors, committee "
                    "members and board members come from the party's own membership. No new "
                    "members, no new candidates.</li>"
                    "<li><b>Eyes and ears in the municipality.</b> Members from different "
                    "neighbourhoods, villages and towns pick up signals the council group would "
                    "otherwise miss.</li>"
                    "<li><b>Support and legitimacy.</b> Decisions of the general meeting of "
                    "members carry more weight when a broad group of residents takes them.</li>"
                    "</ul>",
                ),
                ("heading", "Start with a baseline"),
                (
                    "paragraph",
                    "<p>Before you go looking for new members, it helps to know who you already "
                    "have. Pull an overview from the membership records and look at the number of "
                    "members, their age profile, the village or district they live in, how long "
                    "they have been members and how they originally joined. Look at cancellations "
                    "over the past few years too: who left, and why?</p>"
                    "<p>Compare those figures with the population of your municipality. Are young "
                    "people, a particular neighbourhood or one of the villages missing? Then you "
                    "know straight away where your plan should focus. Use only anonymised totals "
                    "for this analysis, so that personal data does not travel further than "
                    "necessary.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Six steps to a recruitment plan",
                        "steps": [
                            {
                                "title": "Set a concrete goal",
                                "text": "<p>Choose a goal you can measure, with a date attached. "
                                "For example: grow from sixty to ninety members before the autumn "
                                "members' meeting, with at least ten of them from the villages "
                                "where we currently have hardly any members.</p>",
                            },
                            {
                                "title": "Pick two or three target groups",
                                "text": "<p>If you try to reach everyone, you reach no one. Use "
                                "your baseline to choose a few groups where your chances are "
                                "best or where the gap is widest.</p>",
                            },
                            {
                                "title": "Write a compelling message",
                                "text": "<p>Explain why someone would join: what can a member do "
                                "and achieve with you? Keep it local and concrete, with an example "
                                "of something the party got done in the municipality.</p>",
                            },
                            {
                                "title": "Choose channels and moments",
                                "text": "<p>For each target group, work out where you will meet "
                                "them: at the market, at the sports club, on social media, in the "
                                "free local paper or through members who know someone. Plan "
                                "activities around moments when people are open to local "
                                "politics.</p>",
                            },
                            {
                                "title": "Share out tasks and budget",
                                "text": "<p>Appoint a lead, such as a board member for membership "
                                "recruitment, and agree who does what. Set aside a small budget "
                                "for printing, a meeting room or a sponsored post.</p>",
                            },
                            {
                                "title": "Measure and adjust",
                                "text": "<p>Track how many sign-ups each activity brings in and "
                                "review progress at every board meeting. Stop what does not work; "
                                "repeat what does.</p>",
                            },
                        ],
                    },
                ),
                ("heading", "Target groups and how to reach them"),
                (
                    "table",
                    {
                        "caption": "Examples of target groups for membership recruitment",
                        "header": ["Target group", "What appeals to them", "Where to reach them"],
                        "rows": [
                            [
                                "Voters and sympathisers",
                                "A say in the party's direction and candidates",
                                "After the elections, through the newsletter and social media",
                            ],
                            [
                                "New residents",
                                "Finding their way quickly and getting to know people",
                                "Neighbourhood meetings, welcome fairs, local Facebook groups",
                            ],
                            [
                                "Young people and students",
                                "Gaining experience, getting something concrete done, a role of their own",
                                "Schools, sports clubs, the youth council, short videos online",
                            ],
                            [
                                "Business owners",
                                "Having a say on the town centre, business parks and regulations",
                                "Business association, networking events, a personal conversation",
                            ],
                            [
                                "Active residents in clubs and community initiatives",
                                "Getting their issue onto the political agenda",
                                "Village council, neighbourhood forums, municipal consultation evenings",
                            ],
                            [
                                "Former members and members' relatives",
                                "Getting involved again without a big commitment",
                                "A personal invitation from a member they know",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Timing matters too. People are more likely to join just after the "
                    "municipal elections, while the result is still fresh, and around a local "
                    "issue that stirs strong feelings. The start of the candidate nomination "
                    "process is another good moment: anyone who wants a say in the candidate list "
                    "has to be a member.</p>"
                    "<p>Recruiting members and raising funds reinforce each other, but keep them "
                    "apart in your communication. Someone who joins to have a say does not want to "
                    "be asked for an extra donation in the very first email.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Just ask",
                        "text": "<p>Most people join because someone they know asked them. So ask "
                        "every member to personally invite one person over the next six months. "
                        "That often brings in more than an expensive advertisement.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "For years we assumed people would join on their own if we did "
                        "good work on the council. Only when we put a goal on paper and gave "
                        "everyone a task did we really start to grow.",
                        "name": "Anja (fictional example)",
                        "role": "Board member for membership recruitment",
                        "party": "Gemeentebelangen Voorbeeldstad",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Your recruitment plan is complete when you know:",
                        "items": [
                            "How many members you have now and what they look like as a group",
                            "Which measurable goal you want to reach, and by when",
                            "Which two or three target groups you are focusing on",
                            "Which message you use for each target group",
                            "Which activities you are planning, through which channels and when",
                            "Who the lead is and who has which task",
                            "How much budget is available",
                            "How new members can sign up easily",
                            "How you track and evaluate sign-ups per activity",
                        ],
                    },
                ),
                (
                    "document",
                    {
                        "key": "ledenwerving-wervingsplan-sjabloon",
                        "title": "Recruitment plan template",
                        "description": "Fill-in template with the six steps from this guide, a "
                        "table for target groups and a quarter-by-quarter schedule.",
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "How many members does a local party need?",
                            "answer": "<p>There is no fixed standard. A practical rule of thumb: "
                            "you have enough members when you can form a full board, fill a "
                            "candidate list and put together a campaign team without asking the "
                            "same people every time. In a small municipality a few dozen members "
                            "may do; in a large city you will need more.</p>",
                        },
                        {
                            "question": "Should we charge a membership fee?",
                            "answer": "<p>Usually, yes. A fee provides regular income and makes "
                            "membership a conscious choice. Keep it low enough not to put people "
                            "off, and consider a reduced rate for young people or those on a low "
                            "income. The members' meeting sets the amount.</p>",
                        },
                        {
                            "question": "Who on the board is responsible for recruitment?",
                            "answer": "<p>Appoint one lead, for instance a board member for "
                            "membership recruitment or the secretary. That person does not have to "
                            "do everything alone, but keeps the plan on track. Recruitment remains "
                            "a job for the whole party, including councillors and the council "
                            "group.</p>",
                        },
                        {
                            "question": "Can we simply approach people who support us?",
                            "answer": "<p>Approach people through your own network or in places "
                            "where they seek contact with you themselves. Do not use purchased "
                            "address lists, and only email people who have agreed to it. Read more "
                            "about privacy and the GDPR in the guide on engaging and retaining "
                            "members.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 2. Wervingscampagnes en activiteiten
    # ------------------------------------------------------------------
    {
        "slug": "ledenwerving-campagnes-en-activiteiten",
        "title": "Nieuwe leden werven met campagnes en activiteiten",
        "summary": (
            "Praktische vormen van ledenwerving voor lokale partijen: lid-maakt-lid, open avonden, "
            "de marktkraam, online werving en hoe je elke actie goed opvolgt."
        ),
        "tags": ["ledenwerving", "nieuwe leden", "wervingscampagne", "activiteiten"],
        "related": [
            "ledenwerving-wervingsplan",
            "ledenwerving-binden-en-behouden",
            "campagne-plan",
        ],
        "body": [
            (
                "paragraph",
                "<p>Een wervingsplan op papier is een begin, maar nieuwe leden komen pas binnen "
                "als je mensen ontmoet en ze een concrete aanleiding geeft om zich aan te melden. "
                "Dat doe je met wervingscampagnes en activiteiten: afgebakende acties met één doel, "
                "één boodschap en een duidelijke einddatum.</p>"
                "<p>In deze gids vind je vormen die bij lokale partijen goed werken, een "
                "stappenplan voor een open avond en aandachtspunten voor online werving. De "
                "voorbeelden zijn bewust klein gehouden: ze zijn te doen met een paar vrijwilligers "
                "en een beperkt budget.</p>",
            ),
            ("heading", "Kies een wervingsmoment"),
            (
                "paragraph",
                "<p>Een wervingscampagne werkt het best als je haar koppelt aan een moment dat "
                "mensen herkennen. Denk aan de eerste maanden na de gemeenteraadsverkiezingen, een "
                "raadsbesluit over een onderwerp dat veel inwoners raakt, de start van het schrijven "
                "van een nieuw verkiezingsprogramma of de periode waarin de partij kandidaten zoekt. "
                "Op zo'n moment kun je zeggen: wil je hier invloed op hebben, word dan nu lid.</p>"
                "<p>Houd een campagne kort, bijvoorbeeld vier tot zes weken. Een actiemaand met "
                'een zichtbaar doel ("in oktober twintig nieuwe leden") motiveert je eigen mensen '
                "meer dan een voornemen dat het hele jaar doorloopt.</p>",
            ),
            ("heading", "Vormen die werken voor lokale partijen"),
            (
                "paragraph",
                "<p>Je hoeft het wiel niet opnieuw uit te vinden. Deze vormen worden door veel "
                "lokale partijen met succes gebruikt:</p>"
                "<ul>"
                "<li><b>Lid maakt lid.</b> Vraag bestaande leden om iemand uit hun omgeving mee te "
                "nemen of uit te nodigen. Een kleine attentie voor wie een nieuw lid aanbrengt, "
                "maakt het leuk.</li>"
                "<li><b>Open fractieavond.</b> Laat geïnteresseerden een avond meekijken hoe de "
                "fractie een raadsvergadering voorbereidt. Dat maakt politiek tastbaar.</li>"
                "<li><b>Themabijeenkomst.</b> Organiseer een avond over een lokaal onderwerp, zoals "
                "verkeer in de kern, woningbouw of het zwembad, en nodig belanghebbenden uit.</li>"
                "<li><b>Wijkwandeling of dorpsschouw.</b> Loop met raadsleden en inwoners door een "
                "buurt en noteer knelpunten. Deelnemers die betrokken raken, vraag je daarna om "
                "lid te worden.</li>"
                "<li><b>Marktkraam en evenementen.</b> Sta op de weekmarkt, de braderie of de "
                "dorpsfeesten, met een vraag aan voorbijgangers in plaats van alleen folders.</li>"
                "<li><b>Lokale media.</b> Een stuk in het huis-aan-huisblad over een nieuw lid dat "
                "meteen aan de slag ging, is reclame die weinig kost.</li>"
                "</ul>",
            ),
            (
                "image",
                {
                    "key": "ledenwerving-marktkraam",
                    "alt": "Twee vrijwilligers van een lokale partij staan achter een marktkraam met "
                    "folders en een aanmeldformulier en spreken een voorbijganger met een "
                    "boodschappentas aan.",
                    "caption": "Een marktkraam werkt het best met een concrete vraag aan "
                    "voorbijgangers en een aanmeldformulier binnen handbereik.",
                },
            ),
            ("heading", "Een open avond organiseren"),
            (
                "steps",
                {
                    "title": "Stappenplan open avond voor nieuwe leden",
                    "steps": [
                        {
                            "title": "Kies een aansprekend thema",
                            "text": "<p>Neem een onderwerp dat in de gemeente leeft en waar de "
                            "partij iets over te zeggen heeft. Een goed thema trekt ook mensen die "
                            "nog nooit iets met politiek deden.</p>",
                        },
                        {
                            "title": "Regel datum en locatie",
                            "text": "<p>Kies een laagdrempelige plek, zoals een dorpshuis, "
                            "buurtcentrum of café, en een avond zonder concurrerende activiteiten "
                            "zoals een raadsvergadering.</p>",
                        },
                        {
                            "title": "Nodig persoonlijk uit",
                            "text": "<p>Een bericht op sociale media is goed, een persoonlijke "
                            "uitnodiging is beter. Vraag elk lid twee mensen te benaderen en deel "
                            "een korte tekst die ze kunnen doorsturen.</p>",
                        },
                        {
                            "title": "Houd het programma kort en interactief",
                            "text": "<p>Begin met een korte inleiding door een raadslid en laat "
                            "daarna vooral de aanwezigen aan het woord. Sluit af met wat iemand als "
                            "lid kan doen: meedenken, meeschrijven of meehelpen.</p>",
                        },
                        {
                            "title": "Maak aanmelden makkelijk",
                            "text": "<p>Leg aanmeldformulieren klaar en zorg voor een QR-code naar "
                            "het online formulier. Vraag alleen de gegevens die je echt nodig "
                            "hebt.</p>",
                        },
                        {
                            "title": "Volg binnen een week op",
                            "text": "<p>Bedank iedereen, stuur een korte samenvatting en bel "
                            "geïnteresseerden die zich nog niet aanmeldden. De meeste nieuwe leden "
                            "komen pas binnen bij dit tweede contact.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Online werven"),
            (
                "paragraph",
                "<p>Sociale media zijn geschikt om te laten zien wat de partij doet en wie de "
                "mensen erachter zijn. Korte video's van raadsleden over een actueel onderwerp, "
                "foto's van activiteiten en een terugkerende oproep om lid te worden werken beter "
                "dan lange teksten. Verwijs altijd naar een eenvoudige aanmeldpagina.</p>"
                "<p>Houd die aanmeldpagina kort: naam, contactgegevens, adres voor de "
                "ledenadministratie en eventueel een machtiging voor de contributie. Vertel in een "
                "zin wat er na aanmelding gebeurt en verwijs naar je privacyverklaring. Overweeg een "
                "klein budget om een bericht gericht te tonen aan inwoners van je eigen gemeente, en "
                "controleer vooraf welke regels het platform voor politieke advertenties "
                "hanteert.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Let op privacy bij het werven",
                    "text": "<p>Koop geen adressenbestanden en stuur geen wervingsmails naar "
                    "mensen die daar geen toestemming voor gaven. Contactgegevens die mensen "
                    "achterlaten bij een activiteit gebruik je alleen voor het doel dat je op dat "
                    "moment noemde. Vraag toestemming om iemand later opnieuw te benaderen.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Bij onze eerste open avond kwamen vijftien mensen, van wie twee lid "
                    "werden. Toen we iedereen de week erna belden, werden het er zeven.",
                    "name": "Ruud (fictief voorbeeld)",
                    "role": "Secretaris",
                    "party": "Dorpsbelangen Voorbeeldrecht",
                },
            ),
            (
                "checklist",
                {
                    "title": "Voor elke wervingsactie",
                    "items": [
                        "Doel van de actie en het gewenste aantal aanmeldingen staan vast",
                        "De boodschap past bij de gekozen doelgroep",
                        "Er is een trekker en er zijn genoeg vrijwilligers ingeroosterd",
                        "Aanmeldformulieren en een QR-code naar het online formulier liggen klaar",
                        "Contactgegevens worden alleen met toestemming vastgelegd",
                        "Er is een afspraak wie binnen een week de opvolging doet",
                        "Na afloop wordt het resultaat genoteerd en besproken in het bestuur",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Werkt flyeren voor ledenwerving?",
                        "answer": "<p>Een folder alleen levert zelden nieuwe leden op. Flyeren "
                        "werkt wel als je het combineert met een gesprek, een uitnodiging voor een "
                        "concrete activiteit en een eenvoudige manier om je aan te melden.</p>",
                    },
                    {
                        "question": "Kunnen we tijdens de verkiezingscampagne leden werven?",
                        "answer": "<p>Ja, en juist dan zijn veel mensen betrokken. Let er wel op "
                        "dat de campagne voorgaat: vraag kiezers die enthousiast reageren om hun "
                        "gegevens achter te laten en benader ze na de verkiezingen opnieuw met "
                        "een uitnodiging om lid te worden.</p>",
                    },
                    {
                        "question": "Hoe bereiken we jongeren?",
                        "answer": "<p>Geef jongeren een echte rol en een concreet project, "
                        "bijvoorbeeld een onderwerp voor het verkiezingsprogramma. Laat jongeren "
                        "zelf andere jongeren benaderen en gebruik de kanalen die zij gebruiken. "
                        "Een verlaagde contributie verlaagt de drempel.</p>",
                    },
                    {
                        "question": "Wat als een actie weinig oplevert?",
                        "answer": "<p>Kijk eerst naar de opvolging: werden geïnteresseerden "
                        "nagebeld? Vaak zit daar het probleem. Kies anders een ander moment, een "
                        "andere doelgroep of een andere vorm, en probeer het opnieuw.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "membership-recruitment-campaigns-events",
            "title": "Recruiting new members through campaigns and events",
            "summary": (
                "Practical ways for local parties to recruit members: member-get-member, open "
                "evenings, the market stall, online recruitment and following up every activity."
            ),
            "tags": ["membership recruitment", "new members", "recruitment campaign", "events"],
            "body": [
                (
                    "paragraph",
                    "<p>A recruitment plan on paper is a start, but new members only come in once "
                    "you meet people and give them a concrete reason to sign up. You do that with "
                    "recruitment campaigns and events: clearly bounded activities with one goal, "
                    "one message and a clear end date.</p>"
                    "<p>This guide covers formats that work well for local parties, a step-by-step "
                    "plan for an open evening and points to watch when recruiting online. The "
                    "examples are deliberately small-scale: a few volunteers and a modest budget "
                    "are enough.</p>",
                ),
                ("heading", "Pick a moment to recruit"),
                (
                    "paragraph",
                    "<p>A recruitment campaign works best when you link it to a moment people "
                    "recognise. Think of the first months after the municipal elections, a "
                    "council decision on an issue that affects many residents, the start of work "
                    "on a new election programme or the period when the party is looking for "
                    "candidates. At such a moment you can say: if you want a say in this, join "
                    "now.</p>"
                    "<p>Keep a campaign short, say four to six weeks. A campaign month with a "
                    'visible target ("twenty new members in October") motivates your own people '
                    "more than a resolution that runs all year.</p>",
                ),
                ("heading", "Formats that work for local parties"),
                (
                    "paragraph",
                    "<p>There is no need to reinvent the wheel. Many local parties use these "
                    "formats successfully:</p>"
                    "<ul>"
                    "<li><b>Member gets member.</b> Ask existing members to bring along or invite "
                    "someone they know. A small thank-you for anyone who brings in a new member "
                    "makes it fun.</li>"
                    "<li><b>Open council group evening.</b> Let interested people watch how the "
                    "council group prepares for a council meeting. It makes politics "
                    "tangible.</li>"
                    "<li><b>Theme evening.</b> Hold an evening on a local issue, such as traffic "
                    "in the village, housing or the swimming pool, and invite the people it "
                    "affects.</li>"
                    "<li><b>Neighbourhood walk.</b> Walk through a neighbourhood with councillors "
                    "and residents and note the problems you see. Afterwards, ask participants "
                    "who got involved to become members.</li>"
                    "<li><b>Market stall and local events.</b> Be at the weekly market, the "
                    "street fair or the village festival, with a question for passers-by rather "
                    "than just leaflets.</li>"
                    "<li><b>Local media.</b> A piece in the free local paper about a new member "
                    "who got stuck in straight away is advertising that costs very little.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "key": "ledenwerving-marktkraam",
                        "alt": "Two volunteers from a local party stand behind a market stall "
                        "with leaflets and a sign-up form, talking to a passer-by carrying a "
                        "shopping bag.",
                        "caption": "A market stall works best with a concrete question for "
                        "passers-by and a sign-up form within reach.",
                    },
                ),
                ("heading", "Organising an open evening"),
                (
                    "steps",
                    {
                        "title": "Step-by-step plan for an open evening for new members",
                        "steps": [
                            {
                                "title": "Choose an appealing theme",
                                "text": "<p>Pick a topic that people in the municipality care "
                                "about and on which the party has something to say. A good theme "
                                "also attracts people who have never been involved in "
                                "politics.</p>",
                            },
                            {
                                "title": "Fix a date and venue",
                                "text": "<p>Choose an accessible place, such as a village hall, "
                                "community centre or café, and an evening without competing "
                                "events such as a council meeting.</p>",
                            },
                            {
                                "title": "Invite people personally",
                                "text": "<p>A social media post is good; a personal invitation "
                                "is better. Ask every member to approach two people and share a "
                                "short text they can forward.</p>",
                            },
                            {
                                "title": "Keep the programme short and interactive",
                                "text": "<p>Open with a brief introduction by a councillor, then "
                                "let the audience do most of the talking. Close with what someone "
                                "can do as a member: share ideas, help write or lend a hand.</p>",
                            },
                            {
                                "title": "Make signing up easy",
                                "text": "<p>Have sign-up forms ready and a QR code linking to the "
                                "online form. Ask only for the details you really need.</p>",
                            },
                            {
                                "title": "Follow up within a week",
                                "text": "<p>Thank everyone, send a short summary and call "
                                "interested people who have not yet signed up. Most new members "
                                "only join after this second contact.</p>",
                            },
                        ],
                    },
                ),
                ("heading", "Recruiting online"),
                (
                    "paragraph",
                    "<p>Social media are well suited to showing what the party does and who the "
                    "people behind it are. Short videos of councillors on a current issue, photos "
                    "of activities and a recurring invitation to join work better than long "
                    "texts. Always point to a simple sign-up page.</p>"
                    "<p>Keep that sign-up page short: name, contact details, an address for the "
                    "membership records and, if needed, a direct debit mandate for the fee. Say in "
                    "one sentence what happens after signing up and refer to your privacy "
                    "statement. Consider a small budget to show a post specifically to residents "
                    "of your own municipality, and check beforehand which rules the platform "
                    "applies to political advertising.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Mind privacy when recruiting",
                        "text": "<p>Do not buy address files and do not send recruitment emails "
                        "to people who have not agreed to receive them. Only use contact details "
                        "people leave at an event for the purpose you mentioned at the time. Ask "
                        "for permission to contact someone again later.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "Fifteen people came to our first open evening and two of them "
                        "joined. When we called everyone the following week, that became "
                        "seven.",
                        "name": "Ruud (fictional example)",
                        "role": "Secretary",
                        "party": "Dorpsbelangen Voorbeeldrecht",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "For every recruitment activity",
                        "items": [
                            "The goal of the activity and the target number of sign-ups are agreed",
                            "The message suits the chosen target group",
                            "There is a lead and enough volunteers are scheduled",
                            "Sign-up forms and a QR code to the online form are ready",
                            "Contact details are only recorded with permission",
                            "It is agreed who will do the follow-up within a week",
                            "Afterwards the result is noted and discussed by the board",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Does leafleting work for recruiting members?",
                            "answer": "<p>A leaflet on its own rarely brings in new members. "
                            "Leafleting does work when you combine it with a conversation, an "
                            "invitation to a concrete activity and an easy way to sign up.</p>",
                        },
                        {
                            "question": "Can we recruit members during the election campaign?",
                            "answer": "<p>Yes, and that is exactly when many people are engaged. "
                            "Do keep the campaign first: ask enthusiastic voters to leave their "
                            "details, and approach them again after the elections with an "
                            "invitation to join.</p>",
                        },
                        {
                            "question": "How do we reach young people?",
                            "answer": "<p>Give young people a real role and a concrete project, "
                            "such as a topic for the election programme. Let young people approach "
                            "their peers themselves and use the channels they use. A reduced fee "
                            "lowers the threshold.</p>",
                        },
                        {
                            "question": "What if an activity brings in very little?",
                            "answer": "<p>Look at the follow-up first: were interested people "
                            "called back? That is often where the problem lies. Otherwise choose a "
                            "different moment, target group or format, and try again.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 3. Binden en behouden, ledenadministratie en AVG
    # ------------------------------------------------------------------
    {
        "slug": "ledenwerving-binden-en-behouden",
        "title": "Leden binden en behouden, met een ledenadministratie volgens de AVG",
        "summary": (
            "Hoe je nieuwe leden goed ontvangt, leden op de lange termijn betrokken houdt en je "
            "ledenadministratie zo inricht dat die klopt en voldoet aan de privacyregels (AVG)."
        ),
        "tags": ["ledenwerving", "binden en behouden", "ledenadministratie", "avg", "privacy"],
        "related": [
            "ledenwerving-wervingsplan",
            "ledenwerving-campagnes-en-activiteiten",
            "fondsenwerving-basis",
        ],
        "body": [
            (
                "paragraph",
                "<p>Werven zonder behouden is dweilen met de kraan open. Veel partijen steken "
                "energie in het binnenhalen van nieuwe leden, maar zien een deel van hen binnen een "
                "of twee jaar weer vertrekken. Meestal niet uit onvrede, maar omdat ze nooit echt "
                "zijn aangehaakt: ze kregen een welkomstmail, een betaalverzoek voor de contributie en daarna weinig "
                "meer.</p>"
                "<p>Leden binden en behouden begint op de dag van aanmelding en rust op een "
                "betrouwbare ledenadministratie. Die administratie bevat persoonsgegevens waaruit "
                "iemands politieke voorkeur blijkt. Daarom besteedt deze gids ook aandacht aan "
                "privacy en de Algemene verordening gegevensbescherming (AVG).</p>",
            ),
            ("heading", "De eerste honderd dagen"),
            (
                "steps",
                {
                    "title": "Zo ontvang je een nieuw lid",
                    "steps": [
                        {
                            "title": "Bevestig de aanmelding snel",
                            "text": "<p>Stuur binnen een paar dagen een persoonlijke bevestiging, "
                            "ondertekend door de voorzitter of de secretaris, met uitleg over de "
                            "contributie en hoe het lidmaatschap werkt.</p>",
                        },
                        {
                            "title": "Bel of spreek af voor een kennismaking",
                            "text": "<p>Een kort telefoontje of een kop koffie met een bestuurslid "
                            "of raadslid werkt beter dan welke brochure ook. Vraag waarom iemand "
                            "lid werd en waar diegene interesse in heeft.</p>",
                        },
                        {
                            "title": "Geef een welkomstpakket",
                            "text": "<p>Denk aan een overzicht van wie wie is in bestuur en "
                            "fractie, de belangrijkste standpunten, de vergaderdata, de "
                            "statuten of een samenvatting daarvan en de manieren om mee te "
                            "doen.</p>",
                        },
                        {
                            "title": "Nodig uit voor een nieuwe-ledenavond",
                            "text": "<p>Organiseer een paar keer per jaar een informele avond "
                            "voor nieuwe leden, waarin de fractie vertelt hoe het raadswerk in "
                            "elkaar zit en nieuwe leden elkaar leren kennen.</p>",
                        },
                        {
                            "title": "Bied een eerste klus aan",
                            "text": "<p>Een kleine, concrete taak die past bij de interesse van "
                            "het nieuwe lid, zoals meedenken over een raadsvoorstel of helpen bij "
                            "een activiteit, maakt iemand snel deel van de groep.</p>",
                        },
                        {
                            "title": "Evalueer na een paar maanden",
                            "text": "<p>Vraag na ongeveer drie maanden hoe het bevalt. Voelt "
                            "het nieuwe lid zich welkom? Is er iets wat diegene mist? Zo voorkom "
                            "je stille opzeggingen.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Binden en behouden op de lange termijn"),
            (
                "paragraph",
                "<p>Leden blijven als ze het gevoel hebben dat hun lidmaatschap iets betekent. "
                "Dat bereik je met een paar vaste gewoonten:</p>"
                "<ul>"
                "<li><b>Regelmatig en eerlijk communiceren.</b> Een nieuwsbrief, bijvoorbeeld "
                "maandelijks, over wat de fractie deed en waarom, ook als iets niet lukte.</li>"
                "<li><b>Echte invloed.</b> Betrek leden bij het verkiezingsprogramma, de "
                "kandidaatstelling en lastige keuzes in de raad, en laat zien wat er met hun inbreng "
                "gebeurt.</li>"
                "<li><b>Taken naar maat.</b> Niet iedereen wil bestuurder worden. Bied ook kleine "
                "en tijdelijke rollen aan, zoals een werkgroep of een eenmalige klus.</li>"
                "<li><b>Waardering.</b> Bedank vrijwilligers zichtbaar, bijvoorbeeld bij de "
                "nieuwjaarsbijeenkomst of in de nieuwsbrief.</li>"
                "<li><b>Ontmoeting en ontwikkeling.</b> Een jaarlijkse borrel, een excursie of een "
                "training houdt de band sterk en laat leden groeien.</li>"
                "<li><b>Luisteren bij vertrek.</b> Vraag wie opzegt naar de reden. Dat levert "
                "waardevolle lessen op en soms blijft iemand alsnog.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": "Sinds elk nieuw lid binnen twee weken een telefoontje krijgt van "
                    "iemand uit de fractie, zeggen veel minder mensen na een jaar op. Het kost ons "
                    "een uurtje per maand.",
                    "name": "Fatima (fictief voorbeeld)",
                    "role": "Ledenadministrateur",
                    "party": "Lokaal Voorbeeldstad",
                },
            ),
            ("heading", "Een ledenadministratie die klopt"),
            (
                "paragraph",
                "<p>Een goede ledenadministratie is de basis voor het innen van contributie, het "
                "oproepen voor de ledenvergadering en het bijhouden wie stemrecht heeft. Leg vast "
                "wie de administratie beheert, vaak de secretaris of een aparte ledenadministrateur, "
                "en wie er toegang toe heeft. Houd die groep zo klein mogelijk.</p>"
                "<p>Registreer alleen wat je nodig hebt: naam, adres, e-mailadres, eventueel een "
                "telefoonnummer, de datum van aanmelding en gegevens over de contributiebetaling. "
                "Wil je de contributie automatisch incasseren, dan heb je een machtiging van het lid "
                "nodig. Een spreadsheet kan volstaan voor een kleine partij, maar een "
                "ledenadministratiepakket maakt toegangsbeheer en het maken van back-ups een stuk "
                "eenvoudiger.</p>"
                "<p>Controleer ook wat je statuten en huishoudelijk reglement zeggen over het "
                "lidmaatschap, zoals wie lid kan worden, hoe toelating gaat en welke opzegtermijn "
                "geldt. Werk de administratie direct bij als iemand verhuist, opzegt of "
                "overlijdt.</p>",
            ),
            ("heading", "Privacy en de AVG"),
            (
                "paragraph",
                "<p>Uit het lidmaatschap van een politieke partij blijkt iemands politieke "
                "opvatting. Volgens de AVG is dat een bijzonder persoonsgegeven, waarvoor strengere "
                "regels gelden. De AVG maakt een uitzondering voor verenigingen met een politiek "
                "doel: zij mogen die gegevens verwerken voor hun eigen leden, oud-leden en mensen met "
                "wie zij regelmatig contact hebben, zolang de gegevens niet zonder toestemming buiten "
                "de vereniging terechtkomen.</p>"
                "<p>In de praktijk betekent dat onder meer:</p>"
                "<ul>"
                "<li>Publiceer een begrijpelijke privacyverklaring, bijvoorbeeld op je website en "
                "bij het aanmeldformulier.</li>"
                "<li>Deel de ledenlijst niet met derden en niet zomaar met alle leden.</li>"
                "<li>Sluit een verwerkersovereenkomst met het bedrijf dat je ledensoftware of "
                "mailprogramma levert.</li>"
                "<li>Beveilig bestanden met sterke wachtwoorden en bij voorkeur "
                "tweestapsverificatie.</li>"
                "<li>Leg vast hoe lang je gegevens van oud-leden bewaart en verwijder ze daarna.</li>"
                "<li>Zorg dat leden hun gegevens kunnen inzien, laten corrigeren of laten "
                "verwijderen.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Datalek? Handel snel",
                    "text": "<p>Raakt een ledenlijst kwijt, wordt een laptop gestolen of gaat een "
                    "mail met alle adressen in de cc naar alle leden? Dan is er mogelijk sprake van "
                    "een datalek. Een datalek met risico voor de betrokkenen moet je binnen 72 uur "
                    "melden bij de Autoriteit Persoonsgegevens. Leg ook kleine incidenten intern "
                    "vast.</p>",
                },
            ),
            (
                "checklist",
                {
                    "title": "AVG-check voor je ledenadministratie",
                    "items": [
                        "Er is een privacyverklaring die uitlegt welke gegevens je verwerkt en waarom",
                        "Alleen noodzakelijke gegevens worden vastgelegd",
                        "Een beperkt aantal bestuursleden heeft toegang, met eigen inlog",
                        "Met leveranciers van software is een verwerkersovereenkomst gesloten",
                        "Er is een bewaartermijn voor gegevens van oud-leden",
                        "Nieuwsbrieven aan niet-leden gaan alleen uit na toestemming",
                        "Mails aan groepen gaan in de bcc of via een mailprogramma",
                        "Er is een afspraak over wat te doen bij een datalek",
                        "Verzoeken om inzage, correctie of verwijdering worden snel afgehandeld",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Mogen we de ledenlijst delen met kandidaten of de fractie?",
                        "answer": "<p>Alleen voor zover dat nodig is voor een taak binnen de "
                        "vereniging, en liefst via het bestuur. Een kandidaat die leden wil "
                        "benaderen voor zijn eigen campagne, krijgt de lijst niet. Het bestuur kan "
                        "wel namens de kandidaten een bericht aan alle leden sturen.</p>",
                    },
                    {
                        "question": "Hoe lang bewaren we gegevens van oud-leden?",
                        "answer": "<p>De AVG noemt geen vaste termijn: bewaar gegevens niet langer "
                        "dan nodig. Financiële gegevens moet je voor de boekhouding langer bewaren "
                        "dan contactgegevens. Leg de termijnen vast in je privacyverklaring en "
                        "houd je daaraan.</p>",
                    },
                    {
                        "question": "Moeten we een functionaris gegevensbescherming aanstellen?",
                        "answer": "<p>Voor een kleine lokale vereniging is dat meestal niet "
                        "verplicht, maar het is wel verstandig één bestuurslid als aanspreekpunt "
                        "voor privacy aan te wijzen. Twijfel je, kijk dan op de website van de "
                        "Autoriteit Persoonsgegevens.</p>",
                    },
                    {
                        "question": "Wat doen we als een lid opzegt?",
                        "answer": "<p>Bevestig de opzegging schriftelijk, vraag vriendelijk naar "
                        "de reden en verwerk de opzegging volgens de termijn in je statuten. "
                        "Verwijder het lid daarna uit mailinglijsten en bewaar alleen wat je nog "
                        "nodig hebt.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "membership-retention-administration",
            "title": "Engaging and retaining members, with GDPR-compliant membership records",
            "summary": (
                "How to welcome new members properly, keep members involved over the long term and "
                "set up membership records that are accurate and comply with privacy law (GDPR)."
            ),
            "tags": [
                "membership recruitment",
                "member retention",
                "membership records",
                "gdpr",
                "privacy",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Recruiting without retaining is like filling a leaky bucket. Many parties "
                    "put a lot of energy into bringing in new members, only to see some of them "
                    "leave again within a year or two. Usually not because they are unhappy, but "
                    "because they never really connected: they got a welcome email, a payment "
                    "request and very little after that.</p>"
                    "<p>Engaging and retaining members starts on the day someone signs up and "
                    "depends on reliable membership records. Those records contain personal data "
                    "that reveals someone's political preference. That is why this guide also "
                    "covers privacy and the General Data Protection Regulation (GDPR, known in "
                    "Dutch as the AVG).</p>",
                ),
                ("heading", "The first hundred days"),
                (
                    "steps",
                    {
                        "title": "How to welcome a new member",
                        "steps": [
                            {
                                "title": "Confirm the sign-up quickly",
                                "text": "<p>Within a few days, send a personal confirmation "
                                "signed by the chair or the secretary, explaining the membership "
                                "fee and how membership works.</p>",
                            },
                            {
                                "title": "Call or meet to get acquainted",
                                "text": "<p>A short phone call or a coffee with a board member or "
                                "councillor works better than any brochure. Ask why the person "
                                "joined and what they are interested in.</p>",
                            },
                            {
                                "title": "Provide a welcome pack",
                                "text": "<p>Think of an overview of who is who on the board and in "
                                "the council group, the main positions, meeting dates, the "
                                "statutes or a summary of them, and the ways to get "
                                "involved.</p>",
                            },
                            {
                                "title": "Invite them to a new members' evening",
                                "text": "<p>A few times a year, hold an informal evening for new "
                                "members where the council group explains how council work is "
                                "organised and newcomers get to know one another.</p>",
                            },
                            {
                                "title": "Offer a first task",
                                "text": "<p>A small, concrete task that matches the new member's "
                                "interests, such as giving input on a council proposal or helping "
                                "at an event, quickly makes someone part of the group.</p>",
                            },
                            {
                                "title": "Check in after a few months",
                                "text": "<p>After about three months, ask how things are going. "
                                "Does the new member feel welcome? Is anything missing? This "
                                "prevents silent cancellations.</p>",
                            },
                        ],
                    },
                ),
                ("heading", "Engaging and retaining members over the long term"),
                (
                    "paragraph",
                    "<p>Members stay when they feel their membership means something. A few "
                    "regular habits get you there:</p>"
                    "<ul>"
                    "<li><b>Communicate regularly and honestly.</b> A newsletter, monthly for "
                    "instance, on what the council group did and why, including when something "
                    "did not work out.</li>"
                    "<li><b>Real influence.</b> Involve members in the election programme, the "
                    "candidate nomination and difficult choices in the council, and show what "
                    "happens with their input.</li>"
                    "<li><b>Tasks that fit.</b> Not everyone wants to be a board member. Offer "
                    "small and temporary roles too, such as a working group or a one-off "
                    "job.</li>"
                    "<li><b>Appreciation.</b> Thank volunteers visibly, for example at the New "
                    "Year gathering or in the newsletter.</li>"
                    "<li><b>Meeting and learning.</b> An annual get-together, an outing or a "
                    "training session keeps the bond strong and helps members grow.</li>"
                    "<li><b>Listen when people leave.</b> Ask members who cancel why. You learn "
                    "valuable lessons, and sometimes a member decides to stay after all.</li>"
                    "</ul>",
                ),
                (
                    "quote",
                    {
                        "quote": "Since every new member gets a call from someone in the council "
                        "group within two weeks, far fewer people cancel after a year. It costs us "
                        "about an hour a month.",
                        "name": "Fatima (fictional example)",
                        "role": "Membership administrator",
                        "party": "Lokaal Voorbeeldstad",
                    },
                ),
                ("heading", "Membership records you can rely on"),
                (
                    "paragraph",
                    "<p>Good membership records are the basis for collecting fees, convening the "
                    "members' meeting and knowing who is entitled to vote. Decide who manages the "
                    "records, often the secretary or a dedicated membership administrator, and who "
                    "has access. Keep that group as small as possible.</p>"
                    "<p>Record only what you need: name, address, email address, a phone number if "
                    "useful, the date of joining and details of fee payments. If you want to "
                    "collect fees by direct debit, you need a mandate from the member. A "
                    "spreadsheet can be enough for a small party, but dedicated membership "
                    "software makes access control and backups a lot easier.</p>"
                    "<p>Also check what your statutes and by-laws say about membership, such as "
                    "who can join, how admission works and what notice period applies. Update the "
                    "records straight away when someone moves, cancels or passes away.</p>",
                ),
                ("heading", "Privacy and the GDPR"),
                (
                    "paragraph",
                    "<p>Membership of a political party reveals a person's political opinions. "
                    "Under the GDPR that is a special category of personal data, subject to "
                    "stricter rules. The GDPR makes an exception for associations with a political "
                    "aim: they may process such data for their own members, former members and "
                    "people in regular contact with them, as long as the data does not leave the "
                    "association without consent.</p>"
                    "<p>In practice this means, among other things:</p>"
                    "<ul>"
                    "<li>Publish a clear privacy statement, for example on your website and next "
                    "to the sign-up form.</li>"
                    "<li>Do not share the membership list with third parties, nor casually with "
                    "all members.</li>"
                    "<li>Sign a data processing agreement with the company that supplies your "
                    "membership software or mailing tool.</li>"
                    "<li>Protect files with strong passwords and preferably two-factor "
                    "authentication.</li>"
                    "<li>Decide how long you keep former members' data and delete it "
                    "afterwards.</li>"
                    "<li>Make sure members can view, correct or delete their data.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Data breach? Act fast",
                        "text": "<p>Has a membership list gone missing, a laptop been stolen or an "
                        "email gone out to all members with every address visible in the cc "
                        "field? Then you may have a data breach. A breach that poses a risk to the "
                        "people concerned must be reported to the Dutch Data Protection Authority "
                        "(Autoriteit Persoonsgegevens) within 72 hours. Record minor incidents "
                        "internally as well.</p>",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "GDPR check for your membership records",
                        "items": [
                            "A privacy statement explains which data you process and why",
                            "Only necessary data is recorded",
                            "A limited number of board members have access, each with their own login",
                            "A data processing agreement is in place with software suppliers",
                            "There is a retention period for former members' data",
                            "Newsletters go to non-members only with their consent",
                            "Group emails are sent in bcc or through a mailing tool",
                            "There is an agreed procedure for a data breach",
                            "Requests to view, correct or delete data are handled promptly",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Can we share the membership list with candidates or the council group?",
                            "answer": "<p>Only as far as needed for a task within the "
                            "association, and preferably through the board. A candidate who wants "
                            "to approach members for their own campaign does not get the list. The "
                            "board can, however, send a message to all members on the candidates' "
                            "behalf.</p>",
                        },
                        {
                            "question": "How long do we keep former members' data?",
                            "answer": "<p>The GDPR sets no fixed period: keep data no longer than "
                            "necessary. Financial records must be kept longer for bookkeeping than "
                            "contact details. Set out the periods in your privacy statement and "
                            "stick to them.</p>",
                        },
                        {
                            "question": "Do we need to appoint a data protection officer?",
                            "answer": "<p>For a small local association this is usually not "
                            "mandatory, but it is wise to appoint one board member as the contact "
                            "person for privacy. If in doubt, check the website of the Dutch Data "
                            "Protection Authority.</p>",
                        },
                        {
                            "question": "What do we do when a member cancels?",
                            "answer": "<p>Confirm the cancellation in writing, ask politely for "
                            "the reason and process it according to the notice period in your "
                            "statutes. Then remove the member from mailing lists and keep only "
                            "what you still need.</p>",
                        },
                    ],
                ),
            ],
        },
    },
]
