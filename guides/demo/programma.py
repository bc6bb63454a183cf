"""Demo guides for the topic 'programma' (election programme)."""

TOPIC = "programma"

GUIDES = [
    # ------------------------------------------------------------------------------------------
    # 1. Verkiezingsprogramma schrijven
    # ------------------------------------------------------------------------------------------
    {
        "slug": "programma-schrijven",
        "title": "Een verkiezingsprogramma schrijven: van programmacommissie tot vaststelling",
        "summary": (
            "Stap voor stap naar een verkiezingsprogramma: een programmacommissie instellen, een "
            "planning maken, een heldere opbouw kiezen, keuzes maken en het programma laten "
            "vaststellen in de ledenvergadering."
        ),
        "tags": ["verkiezingsprogramma", "programmacommissie", "ledenvergadering", "verkiezingen"],
        "related": [
            "programma-leden-en-inwoners-betrekken",
            "programma-doorrekenen-en-onderhandelen",
            "campagne-plan",
            "kandidaatstelling-registratie-en-inlevering",
        ],
        "body": [
            (
                "paragraph",
                "<p>Het verkiezingsprogramma is het inhoudelijke hart van uw partij. Het vertelt "
                "kiezers waar u voor staat, geeft kandidaten houvast in debatten en is na de "
                "verkiezingen uw inzet bij de coalitieonderhandelingen. Voor uw raadsleden is het "
                "vier jaar lang een toetssteen.</p>"
                "<p>Een goed programma van een lokale partij is herkenbaar lokaal, concreet en "
                "leesbaar. Het gaat over de straten, wijken, dorpen en voorzieningen in uw "
                "gemeente, niet over landelijke discussies waar de gemeenteraad niet over "
                "gaat.</p>",
            ),
            ("heading", "De programmacommissie"),
            (
                "paragraph",
                "<p>Laat het bestuur een programmacommissie instellen met een duidelijke "
                "opdracht: wanneer moet het concept klaar zijn, wie mag meeschrijven, hoe worden "
                "leden en inwoners betrokken en hoe lang mag het programma worden? Leg die "
                "opdracht op papier vast.</p>"
                "<p>Een commissie van drie tot zes mensen werkt het best. Zoek een mix van:</p>"
                "<ul>"
                "<li>iemand met ervaring in de raad, die weet wat de gemeente wel en niet "
                "kan;</li>"
                "<li>een goede schrijver, die de teksten eenvoudig en eenduidig maakt;</li>"
                "<li>leden met kennis van belangrijke onderwerpen, zoals wonen, zorg of "
                "financiën;</li>"
                "<li>iemand die nog niet lang lid is en met een frisse blik meekijkt.</li>"
                "</ul>"
                "<p>De lijsttrekker kan in de commissie zitten of er nauw bij betrokken zijn: hij "
                "of zij moet het programma straks uitdragen.</p>",
            ),
            (
                "table",
                {
                    "caption": "Voorbeeldplanning bij gemeenteraadsverkiezingen in maart",
                    "header": ["Wanneer", "Wat", "Wie"],
                    "rows": [
                        [
                            "Januari, ruim een jaar vooraf",
                            "Programmacommissie instellen en opdracht vastleggen",
                            "Bestuur",
                        ],
                        [
                            "Februari tot april",
                            "Ophalen: ledenavonden, enquête, gesprekken met inwoners",
                            "Programmacommissie",
                        ],
                        ["Mei tot juli", "Het concept schrijven", "Programmacommissie"],
                        [
                            "Augustus",
                            "Concept naar bestuur en fractie, daarna naar de leden",
                            "Bestuur",
                        ],
                        ["September", "Termijn voor amendementen van leden", "Leden"],
                        ["Oktober", "Vaststellen in de ledenvergadering (ALV)", "Ledenvergadering"],
                        [
                            "November tot februari",
                            "Kernpunten, campagnemateriaal, stemhulpen invullen",
                            "Campagneteam",
                        ],
                    ],
                },
            ),
            ("heading", "Opbouw en vorm"),
            (
                "paragraph",
                "<p>Kies een opbouw waarmee lezers snel vinden wat hen aangaat. De meeste lokale "
                "partijen werken met hoofdstukken per thema, zoals wonen, zorg en welzijn, "
                "verkeer, economie, duurzaamheid, onderwijs, veiligheid en financiën. Begin elk "
                "hoofdstuk met een korte inleiding over uw visie en zet daarna de concrete "
                "standpunten op een rij.</p>"
                "<p>Houd het programma compact. Een programma van 15 tot 30 pagina's wordt vaker "
                "gelezen dan een van 80. Maak daarnaast een korte versie met uw tien belangrijkste "
                "punten, voor folders en de website.</p>",
            ),
            ("heading", "Keuzes maken"),
            (
                "paragraph",
                "<p>De grootste valkuil is een programma waarin alles even belangrijk is. "
                "Kiezers, journalisten en later uw onderhandelaars hebben meer aan heldere "
                "keuzes. Stel bij elk voorstel drie vragen: gaat de gemeente hierover, is het "
                "concreet genoeg om na vier jaar te zeggen of het gelukt is, en wat kost het? "
                "Schrijf liever ‘we willen dat er deze raadsperiode 200 betaalbare woningen "
                "bijkomen in de dorpen’ dan ‘we zetten in op betaalbaar wonen’.</p>"
                "<p>Maak ook duidelijk wat voor u het zwaarst weegt. Veel partijen geven per "
                "hoofdstuk of in een aparte paragraaf aan welke punten prioriteit hebben. Dat "
                "helpt straks bij de coalitieonderhandelingen, als niet alles tegelijk kan.</p>",
            ),
            (
                "steps",
                {
                    "title": "Van idee tot vastgesteld programma",
                    "steps": [
                        {
                            "title": "Leg de opdracht vast",
                            "text": "<p>Het bestuur benoemt de programmacommissie en legt de "
                            "opdracht, de planning en de omvang vast.</p>",
                        },
                        {
                            "title": "Evalueer het vorige programma",
                            "text": "<p>Wat is er gerealiseerd, wat niet, en waarom? Vraag de "
                            "fractie om een overzicht.</p>",
                        },
                        {
                            "title": "Haal inbreng op",
                            "text": "<p>Betrek leden en inwoners via ledenavonden, een enquête "
                            "en gesprekken in de wijken. Lees hierover ook de gids over leden en "
                            "inwoners betrekken.</p>",
                        },
                        {
                            "title": "Schrijf een concept",
                            "text": "<p>Laat één of twee mensen de eindredactie doen, zodat het "
                            "programma met één stem spreekt.</p>",
                        },
                        {
                            "title": "Laat het concept toetsen",
                            "text": "<p>Laat raadsleden of mensen met kennis van de gemeente "
                            "nagaan of voorstellen haalbaar zijn en wat ze ongeveer kosten.</p>",
                        },
                        {
                            "title": "Leg het voor aan de leden",
                            "text": "<p>Stuur het concept ruim voor de ledenvergadering rond en "
                            "geef leden de gelegenheid amendementen in te dienen.</p>",
                        },
                        {
                            "title": "Stel het vast in de ALV",
                            "text": "<p>De ledenvergadering bespreekt de amendementen en stelt "
                            "het programma vast, volgens de regels in uw statuten en het "
                            "huishoudelijk reglement.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Schrijf in gewone taal",
                    "text": "<p>Veel inwoners haken af bij moeilijke teksten. Schrijf korte "
                    "zinnen, vermijd ambtelijke woorden als ‘faciliteren’ en ‘inzetten op’, en "
                    "laat het concept lezen door iemand buiten de partij. Sommige partijen laten "
                    "hun programma toetsen op taalniveau B1.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Ons eerste programma telde zestig pagina's, en iedereen kon er zijn "
                    "stokpaardje in kwijt. Nu schrijven we per thema drie beloften die we na vier "
                    "jaar kunnen afvinken. Dat leest beter en het houdt ons scherp.",
                    "name": "Henk",
                    "role": "voorzitter programmacommissie",
                    "party": "een lokale partij in Drenthe",
                },
            ),
            (
                "checklist",
                {
                    "title": "Controle van het concept",
                    "items": [
                        "Elk voorstel gaat over iets waar de gemeente over gaat",
                        "De belangrijkste keuzes en prioriteiten zijn duidelijk",
                        "Voorstellen zijn concreet en na vier jaar te toetsen",
                        "Bij grote voorstellen staat hoe ze betaald worden",
                        "De tekst is in gewone taal geschreven",
                        "Er is een korte versie met de tien belangrijkste punten",
                        "Wijken en dorpen van de gemeente komen herkenbaar aan bod",
                        "Het concept is op tijd naar de leden gestuurd",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Wie stelt het verkiezingsprogramma vast?",
                        "answer": "<p>Bij de meeste lokale partijen is dat de algemene "
                        "ledenvergadering (ALV). Kijk in uw statuten en huishoudelijk reglement "
                        "wie bevoegd is en welke regels gelden voor de oproeping en voor "
                        "amendementen.</p>",
                    },
                    {
                        "question": "Hoe lang moet een verkiezingsprogramma zijn?",
                        "answer": "<p>Er is geen vaste lengte. Voor een lokale partij is 15 tot "
                        "30 pagina's meestal genoeg, met daarnaast een korte versie. Liever kort "
                        "en concreet dan lang en algemeen.</p>",
                    },
                    {
                        "question": "Mogen we het programma van de vorige keer hergebruiken?",
                        "answer": "<p>Gebruik het als startpunt, maar werk het echt bij. Ga na wat "
                        "er gerealiseerd is, kijk naar nieuwe onderwerpen in uw gemeente en haal "
                        "opnieuw inbreng op bij leden en inwoners.</p>",
                    },
                    {
                        "question": "Moet het programma klaar zijn voordat we de kandidatenlijst vaststellen?",
                        "answer": "<p>Dat hoeft niet, maar het helpt: kandidaten weten dan waar "
                        "ze voor gaan staan. Veel partijen stellen programma en kandidatenlijst "
                        "in dezelfde ledenvergadering of kort na elkaar vast.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "writing-an-election-programme",
            "title": "Writing an election programme: from programme committee to adoption",
            "summary": (
                "Step by step to an election programme: setting up a programme committee, "
                "planning, choosing a clear structure, making choices and having the programme "
                "adopted by the members' meeting."
            ),
            "tags": ["election programme", "programme committee", "members' meeting", "elections"],
            "body": [
                (
                    "paragraph",
                    "<p>The election programme (manifesto) is the substance at the heart of your "
                    "party. It tells voters what you stand for, gives candidates something to "
                    "hold on to in debates and, after the elections, is your starting position "
                    "in coalition talks. For your councillors it is the yardstick for four "
                    "years.</p>"
                    "<p>A good programme for a local party is recognisably local, concrete and "
                    "readable. It is about the streets, neighbourhoods, villages and facilities "
                    "in your municipality, not about national debates the council has no say "
                    "in.</p>",
                ),
                ("heading", "The programme committee"),
                (
                    "paragraph",
                    "<p>Have the board set up a programme committee with a clear brief: when must "
                    "the draft be ready, who may help write it, how will members and residents be "
                    "involved, and how long may the programme be? Put that brief in "
                    "writing.</p>"
                    "<p>A committee of three to six people works best. Look for a mix of:</p>"
                    "<ul>"
                    "<li>someone with council experience, who knows what the municipality can "
                    "and cannot do;</li>"
                    "<li>a good writer, who keeps the texts simple and unambiguous;</li>"
                    "<li>members who know about key subjects, such as housing, care or "
                    "finance;</li>"
                    "<li>someone who has not been a member for long and brings a fresh "
                    "eye.</li>"
                    "</ul>"
                    "<p>The lead candidate can sit on the committee or be closely involved: they "
                    "will be the one championing the programme.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Example schedule for municipal elections in March",
                        "header": ["When", "What", "Who"],
                        "rows": [
                            [
                                "January, over a year ahead",
                                "Set up the programme committee and agree its brief",
                                "Board",
                            ],
                            [
                                "February to April",
                                "Gather input: members' evenings, survey, talks with residents",
                                "Programme committee",
                            ],
                            ["May to July", "Write the draft", "Programme committee"],
                            [
                                "August",
                                "Draft to the board and council group, then to the members",
                                "Board",
                            ],
                            ["September", "Deadline for members' amendments", "Members"],
                            [
                                "October",
                                "Adoption at the general members' meeting (ALV)",
                                "Members' meeting",
                            ],
                            [
                                "November to February",
                                "Key points, campaign materials, voting advice tools",
                                "Campaign team",
                            ],
                        ],
                    },
                ),
                ("heading", "Structure and format"),
                (
                    "paragraph",
                    "<p>Choose a structure that lets readers quickly find what concerns them. "
                    "Most local parties use chapters by theme, such as housing, care and "
                    "wellbeing, traffic, economy, sustainability, education, safety and finance. "
                    "Open each chapter with a short introduction to your vision, then list your "
                    "concrete positions.</p>"
                    "<p>Keep the programme compact. A programme of 15 to 30 pages is read more "
                    "often than one of 80. Also make a short version with your ten most important "
                    "points, for leaflets and the website.</p>",
                ),
                ("heading", "Making choices"),
                (
                    "paragraph",
                    "<p>The biggest pitfall is a programme in which everything is equally "
                    "important. Voters, journalists and later your negotiators are better served "
                    "by clear choices. Ask three questions about every proposal: is this a matter "
                    "for the municipality, is it concrete enough to tell after four years whether "
                    "it worked, and what does it cost? Write ‘we want 200 affordable homes to be "
                    "added in the villages this council term’ rather than ‘we are committed to "
                    "affordable housing’.</p>"
                    "<p>Also make clear what matters most to you. Many parties indicate, per "
                    "chapter or in a separate section, which points are their priorities. That "
                    "helps in coalition talks later, when not everything can happen at "
                    "once.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "From idea to adopted programme",
                        "steps": [
                            {
                                "title": "Put the brief in writing",
                                "text": "<p>The board appoints the programme committee and sets "
                                "out its brief, schedule and scope.</p>",
                            },
                            {
                                "title": "Review the previous programme",
                                "text": "<p>What was achieved, what wasn't, and why? Ask the "
                                "council group for an overview.</p>",
                            },
                            {
                                "title": "Gather input",
                                "text": "<p>Involve members and residents through members' "
                                "evenings, a survey and conversations in the neighbourhoods. See "
                                "also the guide on involving members and residents.</p>",
                            },
                            {
                                "title": "Write a draft",
                                "text": "<p>Have one or two people do the final edit, so the "
                                "programme speaks with one voice.</p>",
                            },
                            {
                                "title": "Have the draft checked",
                                "text": "<p>Ask councillors or people who know the municipality "
                                "well to check whether proposals are feasible and roughly what "
                                "they cost.</p>",
                            },
                            {
                                "title": "Put it to the members",
                                "text": "<p>Circulate the draft well before the members' meeting "
                                "and give members the chance to submit amendments.</p>",
                            },
                            {
                                "title": "Adopt it at the general meeting",
                                "text": "<p>The members' meeting debates the amendments and "
                                "adopts the programme, following the rules in your statutes and "
                                "standing orders.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Write in plain language",
                        "text": "<p>Many residents give up on difficult texts. Write short "
                        "sentences, avoid bureaucratic phrases such as ‘facilitate’ and ‘commit "
                        "to’, and have someone outside the party read the draft. Some parties "
                        "have their programme checked against language level B1.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "Our first programme ran to sixty pages, and everyone could get "
                        "their hobbyhorse into it. Now we write three promises per theme that we "
                        "can tick off after four years. It reads better and it keeps us sharp.",
                        "name": "Henk",
                        "role": "chair of the programme committee",
                        "party": "a local party in Drenthe",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Checking the draft",
                        "items": [
                            "Every proposal concerns something the municipality decides on",
                            "The main choices and priorities are clear",
                            "Proposals are concrete and can be checked after four years",
                            "Large proposals say how they will be paid for",
                            "The text is written in plain language",
                            "There is a short version with the ten most important points",
                            "The municipality's neighbourhoods and villages are clearly recognisable",
                            "The draft was sent to the members in good time",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Who adopts the election programme?",
                            "answer": "<p>For most local parties it is the general members' "
                            "meeting (ALV). Check your statutes and standing orders to see who has "
                            "the authority and which rules apply to the notice of meeting and to "
                            "amendments.</p>",
                        },
                        {
                            "question": "How long should an election programme be?",
                            "answer": "<p>There is no set length. For a local party, 15 to 30 "
                            "pages is usually enough, plus a short version. Better short and "
                            "concrete than long and vague.</p>",
                        },
                        {
                            "question": "Can we reuse last time's programme?",
                            "answer": "<p>Use it as a starting point, but really update it. Find "
                            "out what has been achieved, look at new issues in your municipality "
                            "and gather fresh input from members and residents.</p>",
                        },
                        {
                            "question": "Does the programme have to be ready before we adopt the candidate list?",
                            "answer": "<p>It doesn't have to be, but it helps: candidates then "
                            "know what they will be standing for. Many parties adopt the "
                            "programme and the candidate list at the same members' meeting or "
                            "shortly after each other.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # 2. Leden en inwoners betrekken, amendementen en ALV
    # ------------------------------------------------------------------------------------------
    {
        "slug": "programma-leden-en-inwoners-betrekken",
        "title": "Leden en inwoners betrekken bij het verkiezingsprogramma",
        "summary": (
            "Zo haalt u ideeën op bij leden en inwoners voor uw verkiezingsprogramma, met "
            "thema-avonden, enquêtes en wijkgesprekken, en regelt u de amendementen en de "
            "vaststelling in de ALV."
        ),
        "tags": ["verkiezingsprogramma", "leden betrekken", "inwoners", "participatie", "alv"],
        "related": [
            "programma-schrijven",
            "programma-doorrekenen-en-onderhandelen",
            "ledenwerving-wervingsplan",
        ],
        "body": [
            (
                "paragraph",
                "<p>Een lokale partij heeft één groot voordeel: haar leden wonen in de gemeente "
                "en kennen de problemen van dichtbij. Een verkiezingsprogramma dat samen met leden "
                "en inwoners is gemaakt, is beter geïnformeerd, wordt breder gedragen en levert "
                "meteen campagnemateriaal op. Wie heeft meegedacht, draagt het programma ook "
                "eerder uit.</p>"
                "<p>Betrekken kost wel tijd. Plan het daarom vroeg, en wees eerlijk over wat er "
                "met de inbreng gebeurt: niet elk idee komt in het programma.</p>",
            ),
            ("heading", "Leden betrekken"),
            (
                "paragraph",
                "<p>Begin bij de eigen leden. Zij zijn de partij, en zij stellen het programma "
                "straks vast. Manieren om hen te betrekken:</p>"
                "<ul>"
                "<li><b>thema-avonden</b>: een avond per onderwerp, waarop een raadslid of "
                "deskundige kort inleidt, gevolgd door discussie in kleine groepen;</li>"
                "<li><b>een ledenenquête</b>: vraag welke onderwerpen het belangrijkst zijn en "
                "welke keuzes leden zouden maken;</li>"
                "<li><b>werkgroepen per thema</b>: leden met kennis of ervaring schrijven een "
                "eerste tekst voor één hoofdstuk;</li>"
                "<li><b>een schrijfronde online</b>: deel concepthoofdstukken en vraag om "
                "reacties binnen een vaste termijn.</li>"
                "</ul>"
                "<p>Let erop dat niet alleen de mondigste leden aan het woord komen. Benader "
                "leden die zelden komen persoonlijk, en bied ook de mogelijkheid om schriftelijk "
                "te reageren.</p>",
            ),
            ("heading", "Inwoners betrekken"),
            (
                "paragraph",
                "<p>Ook inwoners die geen lid zijn, hebben ideeën over hun buurt. Door hen te "
                "betrekken hoort u wat er leeft, en maakt u kennis met mogelijke nieuwe leden en "
                "kandidaten. Denk aan een open avond in een buurthuis, een kraam op de markt met "
                "de vraag ‘wat moet er beter in uw wijk?’, een online vragenlijst, of gesprekken "
                "met verenigingen, ondernemers, scholen en zorginstellingen.</p>"
                "<p>Vertel inwoners altijd wat u met hun inbreng doet. Stuur wie dat wil een "
                "bericht als het programma klaar is, en laat zien welke ideeën erin terecht zijn "
                "gekomen.</p>",
            ),
            (
                "steps",
                {
                    "title": "Een inspraakavond voor inwoners organiseren",
                    "steps": [
                        {
                            "title": "Kies een thema of een wijk",
                            "text": "<p>Een concrete aanleiding, zoals ‘de toekomst van het "
                            "dorpscentrum’, trekt meer mensen dan een algemene avond.</p>",
                        },
                        {
                            "title": "Kies een toegankelijke plek",
                            "text": "<p>Een buurthuis, dorpshuis of sportkantine werkt beter dan "
                            "een vergaderzaal.</p>",
                        },
                        {
                            "title": "Nodig breed uit",
                            "text": "<p>Gebruik flyers, lokale Facebookgroepen, de "
                            "huis-aan-huiskrant en persoonlijke uitnodigingen aan "
                            "verenigingen.</p>",
                        },
                        {
                            "title": "Luister meer dan u praat",
                            "text": "<p>Houd de inleiding kort en laat inwoners aan tafels in "
                            "kleine groepen vertellen wat zij belangrijk vinden.</p>",
                        },
                        {
                            "title": "Leg de inbreng vast",
                            "text": "<p>Laat per tafel iemand de belangrijkste punten noteren, "
                            "zonder namen.</p>",
                        },
                        {
                            "title": "Koppel terug",
                            "text": "<p>Laat na afloop weten wat u met de inbreng doet, "
                            "bijvoorbeeld in de nieuwsbrief of op sociale media.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Privacy bij enquêtes",
                    "text": "<p>Vraagt u in een enquête naar meningen en laten mensen hun naam of "
                    "e-mailadres achter, dan verwerkt u persoonsgegevens en mogelijk politieke "
                    "opvattingen, die onder de AVG extra bescherming hebben. Vraag alleen wat u "
                    "nodig hebt, maak deelname anoniem waar het kan, vraag apart toestemming voor "
                    "een nieuwsbrief en bewaar gegevens niet langer dan nodig.</p>",
                },
            ),
            ("heading", "Amendementen en vaststelling in de ALV"),
            (
                "paragraph",
                "<p>De ledenvergadering stelt het verkiezingsprogramma vast. Een goede procedure "
                "voorkomt een avond vol discussie over komma's. Stuur het concept ruim van "
                "tevoren rond, bijvoorbeeld vier weken voor de ALV, en geef leden een termijn om "
                "schriftelijk amendementen in te dienen. Een amendement is een voorstel om tekst "
                "te wijzigen, te schrappen of toe te voegen.</p>"
                "<p>De programmacommissie geeft vooraf per amendement een advies: overnemen, "
                "ontraden of een alternatief voorstellen. Zo kunnen leden zich voorbereiden, en "
                "kan de vergadering zich richten op de echte keuzes. Kijk in uw statuten en "
                "huishoudelijk reglement welke termijnen en meerderheden gelden.</p>",
            ),
            (
                "document",
                {
                    "key": "programma-amendementformulier",
                    "title": "Formulier voor amendementen op het verkiezingsprogramma",
                    "description": "Een eenvoudig formulier waarmee leden een amendement "
                    "indienen: welke tekst, welke wijziging en waarom. Met een voorbeeld van een "
                    "advies van de programmacommissie.",
                },
            ),
            (
                "quote",
                {
                    "quote": "Op onze wijkavonden kwamen steeds dezelfde dingen terug: de bus "
                    "naar het dorp en de speelplekken. Die punten staan nu bovenaan ons "
                    "programma, en drie mensen van die avonden zijn lid geworden.",
                    "name": "Sandra",
                    "role": "secretaris",
                    "party": "een lokale partij in Friesland",
                },
            ),
            (
                "checklist",
                {
                    "title": "Voorbereiding van de programma-ALV",
                    "items": [
                        "Concept en oproeping op tijd verstuurd, volgens de statuten",
                        "Termijn en formulier voor amendementen bekendgemaakt",
                        "Alle amendementen genummerd en gebundeld",
                        "Per amendement een advies van de programmacommissie",
                        "Een ervaren voorzitter die de tijd bewaakt",
                        "Duidelijk hoe er gestemd wordt, volgens statuten en reglement",
                        "Een notulist die alle besluiten vastlegt",
                        "Binnen twee weken na de ALV een definitieve versie",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Hoe krijgen we leden naar een thema-avond?",
                        "answer": "<p>Persoonlijk uitnodigen werkt het best. Kies een concreet, "
                        "herkenbaar onderwerp, houd de avond kort, zorg dat er iets met de "
                        "uitkomst gebeurt en vertel dat ook.</p>",
                    },
                    {
                        "question": "Mogen niet-leden amendementen indienen?",
                        "answer": "<p>Meestal niet: het indienen van amendementen is een recht "
                        "van leden, zoals geregeld in de statuten of het huishoudelijk reglement. "
                        "Ideeën van inwoners verwerkt u beter eerder in het proces, via de "
                        "programmacommissie.</p>",
                    },
                    {
                        "question": "Wat als de ALV een amendement aanneemt dat de commissie ontraadt?",
                        "answer": "<p>Dan komt het in het programma, want de ledenvergadering "
                        "beslist. Het advies van de commissie is bedoeld om leden goed "
                        "geïnformeerd te laten stemmen, niet om het besluit van hen over te "
                        "nemen.</p>",
                    },
                    {
                        "question": "Kunnen we inbreng ook online ophalen?",
                        "answer": "<p>Ja. Een online enquête of een gedeeld document met een "
                        "reactietermijn werkt goed voor leden die niet naar avonden kunnen komen. "
                        "Of u ook online of hybride mag vergaderen en stemmen in de ALV, hangt af "
                        "van wat uw statuten daarover zeggen.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "programme-involving-members-and-residents",
            "title": "Involving members and residents in the election programme",
            "summary": (
                "How to gather ideas from members and residents for your election programme, "
                "with theme evenings, surveys and neighbourhood conversations, and how to handle "
                "amendments and adoption at the general members' meeting."
            ),
            "tags": [
                "election programme",
                "involving members",
                "residents",
                "participation",
                "general meeting",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>A local party has one big advantage: its members live in the "
                    "municipality and know its problems first-hand. An election programme made "
                    "together with members and residents is better informed, has wider support "
                    "and produces campaign material at the same time. People who helped shape "
                    "the programme are also more likely to champion it.</p>"
                    "<p>Involving people does take time. So plan it early, and be honest about "
                    "what happens to their input: not every idea will make it into the "
                    "programme.</p>",
                ),
                ("heading", "Involving members"),
                (
                    "paragraph",
                    "<p>Start with your own members. They are the party, and they will adopt the "
                    "programme. Ways to involve them:</p>"
                    "<ul>"
                    "<li><b>theme evenings</b>: one evening per subject, with a short "
                    "introduction by a councillor or expert, followed by discussion in small "
                    "groups;</li>"
                    "<li><b>a members' survey</b>: ask which subjects matter most and which "
                    "choices members would make;</li>"
                    "<li><b>working groups per theme</b>: members with knowledge or experience "
                    "write a first draft of one chapter;</li>"
                    "<li><b>an online writing round</b>: share draft chapters and ask for "
                    "comments within a fixed period.</li>"
                    "</ul>"
                    "<p>Make sure it is not only the most vocal members who are heard. Approach "
                    "members who rarely attend personally, and offer a way to respond in writing "
                    "too.</p>",
                ),
                ("heading", "Involving residents"),
                (
                    "paragraph",
                    "<p>Residents who are not members also have ideas about their "
                    "neighbourhood. Involving them tells you what people care about, and "
                    "introduces you to possible new members and candidates. Think of an open "
                    "evening at a community centre, a market stall asking ‘what should be better "
                    "in your neighbourhood?’, an online questionnaire, or conversations with "
                    "clubs, businesses, schools and care providers.</p>"
                    "<p>Always tell residents what you do with their input. Let those who want it "
                    "know when the programme is ready, and show which ideas made it in.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Organising a consultation evening for residents",
                        "steps": [
                            {
                                "title": "Choose a theme or a neighbourhood",
                                "text": "<p>A concrete topic, such as ‘the future of the village "
                                "centre’, draws more people than a general evening.</p>",
                            },
                            {
                                "title": "Choose an accessible venue",
                                "text": "<p>A community centre, village hall or sports club "
                                "canteen works better than a meeting room.</p>",
                            },
                            {
                                "title": "Invite widely",
                                "text": "<p>Use flyers, local Facebook groups, the free local "
                                "paper and personal invitations to clubs and "
                                "associations.</p>",
                            },
                            {
                                "title": "Listen more than you talk",
                                "text": "<p>Keep the introduction short and let residents tell "
                                "you, in small groups at tables, what matters to them.</p>",
                            },
                            {
                                "title": "Record the input",
                                "text": "<p>Have someone at each table note the main points, "
                                "without names.</p>",
                            },
                            {
                                "title": "Report back",
                                "text": "<p>Afterwards, let people know what you are doing with "
                                "their input, for example in the newsletter or on social "
                                "media.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Privacy in surveys",
                        "text": "<p>If your survey asks for opinions and people leave their name "
                        "or email address, you are processing personal data and possibly "
                        "political opinions, which enjoy extra protection under the GDPR (AVG). "
                        "Only ask for what you need, make taking part anonymous where possible, "
                        "ask separately for consent to a newsletter and do not keep data longer "
                        "than necessary.</p>",
                    },
                ),
                ("heading", "Amendments and adoption at the general meeting"),
                (
                    "paragraph",
                    "<p>The members' meeting adopts the election programme. A good procedure "
                    "prevents an evening of arguing over commas. Circulate the draft well in "
                    "advance, for example four weeks before the general meeting (ALV), and give "
                    "members a deadline for submitting written amendments. An amendment is a "
                    "proposal to change, delete or add text.</p>"
                    "<p>The programme committee gives advice on each amendment in advance: "
                    "accept, advise against, or propose an alternative. That lets members "
                    "prepare, and lets the meeting focus on the real choices. Check your "
                    "statutes and standing orders for the deadlines and majorities that "
                    "apply.</p>",
                ),
                (
                    "document",
                    {
                        "key": "programma-amendementformulier",
                        "title": "Amendment form for the election programme",
                        "description": "A simple form members use to submit an amendment: which "
                        "text, what change and why. Includes an example of advice from the "
                        "programme committee.",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "The same things kept coming up at our neighbourhood evenings: "
                        "the bus to the village and the playgrounds. Those points are now at the "
                        "top of our programme, and three people from those evenings have become "
                        "members.",
                        "name": "Sandra",
                        "role": "secretary",
                        "party": "a local party in Friesland",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Preparing the programme meeting",
                        "items": [
                            "Draft and notice of meeting sent on time, as the statutes require",
                            "Deadline and form for amendments announced",
                            "All amendments numbered and bundled",
                            "Advice from the programme committee on each amendment",
                            "An experienced chair who keeps an eye on the time",
                            "Clarity on how voting works, in line with the statutes and standing orders",
                            "A minute-taker who records every decision",
                            "A final version within two weeks of the meeting",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "How do we get members to come to a theme evening?",
                            "answer": "<p>Personal invitations work best. Pick a concrete, "
                            "recognisable subject, keep the evening short, make sure something "
                            "happens with the outcome and tell people so.</p>",
                        },
                        {
                            "question": "Can non-members submit amendments?",
                            "answer": "<p>Usually not: submitting amendments is a members' right, "
                            "as laid down in the statutes or standing orders. Ideas from "
                            "residents are better taken on board earlier in the process, through "
                            "the programme committee.</p>",
                        },
                        {
                            "question": "What if the meeting adopts an amendment the committee advised against?",
                            "answer": "<p>Then it goes into the programme, because the members' "
                            "meeting decides. The committee's advice is there to help members "
                            "vote on an informed basis, not to take the decision out of their "
                            "hands.</p>",
                        },
                        {
                            "question": "Can we also gather input online?",
                            "answer": "<p>Yes. An online survey or a shared document with a "
                            "comment deadline works well for members who cannot come to evening "
                            "meetings. Whether you may also hold the general meeting and vote "
                            "online or in hybrid form depends on what your statutes say about "
                            "it.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # 3. Doorrekenen, campagne en coalitieonderhandelingen
    # ------------------------------------------------------------------------------------------
    {
        "slug": "programma-doorrekenen-en-onderhandelen",
        "title": "Het verkiezingsprogramma doorrekenen en inzetten in campagne en coalitieonderhandelingen",
        "summary": (
            "Hoe u de kosten van uw voorstellen doorrekent, het programma vertaalt naar de "
            "campagne en stemhulpen, en het inzet bij coalitieonderhandelingen en het "
            "coalitieakkoord."
        ),
        "tags": [
            "verkiezingsprogramma",
            "doorrekenen",
            "coalitieonderhandelingen",
            "coalitieakkoord",
        ],
        "related": [
            "programma-schrijven",
            "programma-leden-en-inwoners-betrekken",
            "campagne-plan",
            "campagne-media-en-verkiezingsdag",
            "screening-procedure",
        ],
        "body": [
            (
                "paragraph",
                "<p>Een verkiezingsprogramma vol mooie plannen zonder prijskaartje is "
                "kwetsbaar. In debatten vragen andere partijen en journalisten al snel: ‘En hoe "
                "gaat u dat betalen?’ En bij de coalitieonderhandelingen moeten alle plannen "
                "uiteindelijk in één begroting passen. Door uw programma door te rekenen, maakt u "
                "het geloofwaardiger en voorkomt u beloften die u niet kunt waarmaken.</p>"
                "<p>Deze gids gaat over drie dingen: de kosten van uw voorstellen in kaart "
                "brengen, het programma gebruiken in de campagne, en het inzetten bij de "
                "coalitievorming.</p>",
            ),
            ("heading", "Doorrekenen: wat kost het en hoe betalen we het?"),
            (
                "paragraph",
                "<p>Een lokale partij hoeft geen doorrekening op het niveau van een planbureau te "
                "maken. Wel moet u van uw grootste voorstellen kunnen uitleggen wat ze ongeveer "
                "kosten en waar het geld vandaan komt. Bronnen die daarbij helpen:</p>"
                "<ul>"
                "<li>de gemeentebegroting en de jaarrekening, met de bedragen per programma of "
                "taakveld;</li>"
                "<li>de meerjarenraming, die laat zien hoeveel financiële ruimte de gemeente de "
                "komende jaren verwacht;</li>"
                "<li>raadsvoorstellen en raadsinformatiebrieven over vergelijkbare "
                "projecten;</li>"
                "<li>cijfers van vergelijkbare gemeenten, die vaak openbaar zijn.</li>"
                "</ul>"
                "<p>Heeft uw partij al raadsleden, dan kunnen zij volgens de regels in uw "
                "gemeente feitelijke informatie opvragen, bijvoorbeeld via de griffie. Nieuwe "
                "partijen zijn aangewezen op openbare stukken en op mensen met financiële kennis "
                "in hun eigen kring.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo rekent u een voorstel door",
                    "steps": [
                        {
                            "title": "Maak het voorstel concreet",
                            "text": "<p>‘Meer groen’ kunt u niet doorrekenen; ‘elk jaar 500 "
                            "extra bomen planten in de wijken’ wel.</p>",
                        },
                        {
                            "title": "Schat de eenmalige kosten",
                            "text": "<p>Denk aan aanleg, aankoop of een investering. Zoek in de "
                            "begroting of bij vergelijkbare projecten naar bedragen.</p>",
                        },
                        {
                            "title": "Schat de jaarlijkse kosten",
                            "text": "<p>Bijna elk voorstel heeft ook structurele kosten, zoals "
                            "onderhoud of personeel. Die worden vaak vergeten.</p>",
                        },
                        {
                            "title": "Benoem de dekking",
                            "text": "<p>Geef aan waar het geld vandaan komt: een bezuiniging "
                            "elders, een andere keuze in de begroting, of een hogere heffing zoals "
                            "de onroerendezaakbelasting (OZB).</p>",
                        },
                        {
                            "title": "Zet alles in één overzicht",
                            "text": "<p>Maak een tabel met uw belangrijkste voorstellen, de "
                            "kosten en de dekking. Zo ziet u of het geheel klopt.</p>",
                        },
                        {
                            "title": "Wees eerlijk over onzekerheid",
                            "text": "<p>Noem bedragen een schatting en rond ze af. Dat is "
                            "geloofwaardiger dan schijnprecisie.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Beloof niet wat de gemeente niet kan",
                    "text": "<p>Ga bij elk voorstel na of de gemeente er zelf over gaat. Veel "
                    "onderwerpen, zoals de hoogte van de zorgpremie of de aanleg van rijkswegen, "
                    "liggen bij het Rijk, de provincie of andere organisaties. De gemeente kan "
                    "daar hooguit voor lobbyen. Schrijf het dan ook zo op.</p>",
                },
            ),
            ("heading", "Het programma in de campagne"),
            (
                "paragraph",
                "<p>Weinig kiezers lezen een verkiezingsprogramma van voor tot achter. Vertaal "
                "het daarom naar materiaal dat wel gelezen wordt:</p>"
                "<ul>"
                "<li>drie kernpunten voor folders, posters en de eerste minuut van elk "
                "debat;</li>"
                "<li>een top tien voor de website en de huis-aan-huisfolder;</li>"
                "<li>een korte samenvatting per wijk of dorp, zodat inwoners zien wat u voor hun "
                "buurt wilt;</li>"
                "<li>een antwoordenlijst voor kandidaten, zodat iedereen dezelfde standpunten "
                "uitdraagt.</li>"
                "</ul>"
                "<p>In veel gemeenten is er een lokale stemhulp waarvoor partijen stellingen "
                "moeten beantwoorden. Wijs iemand aan die dat doet op basis van het programma, en "
                "laat de antwoorden controleren door de lijsttrekker.</p>",
            ),
            (
                "image",
                {
                    "key": "programma-kernpunten",
                    "alt": "Een kandidaat houdt op de weekmarkt een folder omhoog met drie "
                    "genummerde kernpunten uit het verkiezingsprogramma, terwijl een inwoner "
                    "meeleest",
                    "caption": "Vertaal het programma naar een paar kernpunten die kiezers "
                    "onthouden.",
                },
            ),
            ("heading", "Coalitieonderhandelingen en het coalitieakkoord"),
            (
                "paragraph",
                "<p>Na de verkiezingen begint de vorming van een nieuw college van burgemeester "
                "en wethouders. Vaak start dat met een verkenning door een informateur, meestal "
                "voorgedragen door de grootste partij, die met alle fracties spreekt. Daarna "
                "onderhandelen de partijen die samen een meerderheid willen vormen over een "
                "coalitieakkoord. Sommige gemeenten kiezen in plaats daarvan of daarnaast voor "
                "een raadsbreed akkoord, waaraan alle partijen kunnen bijdragen.</p>"
                "<p>Uw verkiezingsprogramma is in die gesprekken uw inzet. Bereid u daarom al "
                "voor de verkiezingen voor:</p>"
                "<ul>"
                "<li>bepaal welke drie tot vijf punten voor uw partij onmisbaar zijn;</li>"
                "<li>bepaal waar u ruimte hebt om toe te geven;</li>"
                "<li>spreek af wie namens de partij onderhandelt en met welk mandaat;</li>"
                "<li>leg vast wanneer de leden worden geraadpleegd, bijvoorbeeld over een "
                "concept-coalitieakkoord.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "quote": "Omdat we vooraf hadden afgesproken welke vijf punten voor ons "
                    "onmisbaar waren, konden we aan tafel snel schakelen. Vier daarvan staan in "
                    "het coalitieakkoord. Het vijfde hebben we ingeruild, en dat konden we aan "
                    "onze leden goed uitleggen.",
                    "name": "Peter",
                    "role": "fractievoorzitter",
                    "party": "een lokale partij in Noord-Brabant",
                },
            ),
            (
                "checklist",
                {
                    "title": "Klaar voor de onderhandelingen?",
                    "items": [
                        "Een lijst met prioriteiten uit het programma",
                        "Kosten en dekking van de belangrijkste voorstellen",
                        "Een onderhandelaar of onderhandelingsteam met een duidelijk mandaat",
                        "Afspraken over de rol van bestuur, fractie en leden",
                        "Een moment om het concept-coalitieakkoord aan de leden voor te leggen",
                        "Mogelijke wethouderskandidaten in beeld, met tijd voor hun screening",
                        "Een plan om na vier jaar te laten zien wat er van het programma is terechtgekomen",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Moeten we ons programma laten doorrekenen door een extern bureau?",
                        "answer": "<p>Voor de meeste lokale partijen is dat niet nodig. Een "
                        "eigen, eerlijke schatting van de kosten en de dekking van uw "
                        "belangrijkste voorstellen is meestal genoeg. Laat die wel nakijken door "
                        "iemand met verstand van gemeentefinanciën.</p>",
                    },
                    {
                        "question": "Wat als onze belangrijkste punten niet in het coalitieakkoord komen?",
                        "answer": "<p>Dan weegt u af of het akkoord als geheel goed genoeg is om "
                        "mee te doen. Ook vanuit de oppositie kunt u uw programma gebruiken: met "
                        "moties, amendementen en initiatiefvoorstellen in de raad.</p>",
                    },
                    {
                        "question": "Wie beslist of we in een coalitie stappen?",
                        "answer": "<p>Dat verschilt per partij en staat soms in de statuten of het "
                        "huishoudelijk reglement. Veel lokale partijen laten de leden in een "
                        "ledenvergadering instemmen met het coalitieakkoord. Spreek dit vooraf "
                        "af, zodat er na de verkiezingen geen discussie over ontstaat.</p>",
                    },
                    {
                        "question": "Wat doen we met het programma na de verkiezingen?",
                        "answer": "<p>Houd het levend. Laat de fractie elk jaar aan de leden "
                        "vertellen wat er van het programma gerealiseerd is. Dat is ook de beste "
                        "basis voor het volgende programma.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "programme-costing-and-coalition-talks",
            "title": "Costing your election programme and using it in the campaign and coalition talks",
            "summary": (
                "How to cost your proposals, turn the programme into campaign material and "
                "answers for voting advice tools, and use it in coalition talks and the "
                "coalition agreement."
            ),
            "tags": ["election programme", "costing", "coalition talks", "coalition agreement"],
            "body": [
                (
                    "paragraph",
                    "<p>An election programme full of fine plans without a price tag is "
                    "vulnerable. In debates, other parties and journalists will soon ask: ‘And "
                    "how are you going to pay for that?’ And in coalition talks, all the plans "
                    "ultimately have to fit into one budget. Costing your programme makes it "
                    "more credible and keeps you from making promises you cannot keep.</p>"
                    "<p>This guide covers three things: working out what your proposals cost, "
                    "using the programme in the campaign, and using it as your starting position "
                    "when a coalition is formed.</p>",
                ),
                ("heading", "Costing: what does it cost and how do we pay for it?"),
                (
                    "paragraph",
                    "<p>A local party does not need to produce costings at the level of a "
                    "national planning bureau. But for your biggest proposals you should be able "
                    "to explain roughly what they cost and where the money comes from. Sources "
                    "that help:</p>"
                    "<ul>"
                    "<li>the municipal budget and annual accounts, with the amounts per "
                    "programme or policy area;</li>"
                    "<li>the multi-year forecast, showing how much financial room the "
                    "municipality expects in the coming years;</li>"
                    "<li>council proposals and information letters to the council about similar "
                    "projects;</li>"
                    "<li>figures from comparable municipalities, which are often public.</li>"
                    "</ul>"
                    "<p>If your party already has councillors, they can request factual "
                    "information under your municipality's rules, for example through the "
                    "council clerk's office (griffie). New parties have to rely on public "
                    "documents and on people with financial know-how in their own circle.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to cost a proposal",
                        "steps": [
                            {
                                "title": "Make the proposal concrete",
                                "text": "<p>You cannot cost ‘more green space’; you can cost "
                                "‘planting 500 extra trees in the neighbourhoods every "
                                "year’.</p>",
                            },
                            {
                                "title": "Estimate the one-off costs",
                                "text": "<p>Think of construction, purchases or an investment. "
                                "Look for amounts in the budget or in similar projects.</p>",
                            },
                            {
                                "title": "Estimate the annual costs",
                                "text": "<p>Almost every proposal also has recurring costs, such "
                                "as maintenance or staff. These are often forgotten.</p>",
                            },
                            {
                                "title": "Say how it will be funded",
                                "text": "<p>State where the money comes from: a cut elsewhere, a "
                                "different choice in the budget, or a higher local tax such as "
                                "property tax (OZB).</p>",
                            },
                            {
                                "title": "Put everything in one overview",
                                "text": "<p>Make a table of your main proposals, their costs and "
                                "their funding. That shows you whether the whole adds up.</p>",
                            },
                            {
                                "title": "Be honest about uncertainty",
                                "text": "<p>Call amounts estimates and round them. That is more "
                                "credible than false precision.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Don't promise what the municipality can't deliver",
                        "text": "<p>For every proposal, check whether the municipality actually "
                        "decides on it. Many subjects, such as health insurance premiums or "
                        "building national motorways, are in the hands of central government, "
                        "the province or other organisations. At most, the municipality can "
                        "lobby for them. Then say so in your programme.</p>",
                    },
                ),
                ("heading", "The programme in the campaign"),
                (
                    "paragraph",
                    "<p>Few voters read an election programme from cover to cover. So turn it "
                    "into material that does get read:</p>"
                    "<ul>"
                    "<li>three key points for leaflets, posters and the first minute of every "
                    "debate;</li>"
                    "<li>a top ten for the website and the door-to-door leaflet;</li>"
                    "<li>a short summary per neighbourhood or village, so residents can see what "
                    "you want for their area;</li>"
                    "<li>a list of answers for candidates, so everyone puts across the same "
                    "positions.</li>"
                    "</ul>"
                    "<p>In many municipalities there is a local voting advice tool for which "
                    "parties have to respond to statements. Appoint someone to do this on the "
                    "basis of the programme, and have the lead candidate check the answers.</p>",
                ),
                (
                    "image",
                    {
                        "key": "programma-kernpunten",
                        "alt": "At the weekly market, a candidate holds up a leaflet with three "
                        "numbered key points from the election programme while a resident reads "
                        "along",
                        "caption": "Turn the programme into a few key points voters will remember.",
                    },
                ),
                ("heading", "Coalition talks and the coalition agreement"),
                (
                    "paragraph",
                    "<p>After the elections, the formation of a new executive of mayor and "
                    "aldermen begins. It often starts with an exploration by an informateur, "
                    "usually put forward by the largest party, who talks to every council group. "
                    "The parties that want to form a majority together then negotiate a "
                    "coalition agreement. Some municipalities choose instead, or as well, for a "
                    "council-wide agreement to which every party can contribute.</p>"
                    "<p>In those talks, your election programme is your starting position. So "
                    "prepare before the elections:</p>"
                    "<ul>"
                    "<li>decide which three to five points are essential for your party;</li>"
                    "<li>decide where you have room to give ground;</li>"
                    "<li>agree who negotiates on behalf of the party and with what "
                    "mandate;</li>"
                    "<li>decide when the members will be consulted, for example on a draft "
                    "coalition agreement.</li>"
                    "</ul>",
                ),
                (
                    "quote",
                    {
                        "quote": "Because we had agreed beforehand which five points were "
                        "essential for us, we could move quickly at the table. Four of them are "
                        "in the coalition agreement. We traded away the fifth, and we could "
                        "explain that well to our members.",
                        "name": "Peter",
                        "role": "council group leader",
                        "party": "a local party in North Brabant",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Ready for the negotiations?",
                        "items": [
                            "A list of priorities from the programme",
                            "Costs and funding of the main proposals",
                            "A negotiator or negotiating team with a clear mandate",
                            "Agreements on the roles of the board, council group and members",
                            "A moment to put the draft coalition agreement to the members",
                            "Possible alderman candidates identified, with time for their screening",
                            "A plan to show after four years what became of the programme",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Should we have our programme costed by an outside firm?",
                            "answer": "<p>For most local parties that is not necessary. Your own "
                            "honest estimate of the costs and funding of your main proposals is "
                            "usually enough. Do have it checked by someone who understands "
                            "municipal finance.</p>",
                        },
                        {
                            "question": "What if our main points don't make it into the coalition agreement?",
                            "answer": "<p>Then weigh up whether the agreement as a whole is good "
                            "enough to join. In opposition, too, you can use your programme: "
                            "through motions, amendments and your own proposals in the "
                            "council.</p>",
                        },
                        {
                            "question": "Who decides whether we join a coalition?",
                            "answer": "<p>That differs per party and is sometimes set out in the "
                            "statutes or standing orders. Many local parties ask the members to "
                            "approve the coalition agreement at a members' meeting. Agree on this "
                            "in advance, so it doesn't become a point of debate after the "
                            "elections.</p>",
                        },
                        {
                            "question": "What do we do with the programme after the elections?",
                            "answer": "<p>Keep it alive. Have the council group tell the members "
                            "every year what has been achieved from the programme. That is also "
                            "the best basis for the next programme.</p>",
                        },
                    ],
                ),
            ],
        },
    },
]
