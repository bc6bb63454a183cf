"""Demo topics, in the order in which they appear on the site."""

TOPICS = [
    {
        "slug": "ledenwerving",
        "name": "Ledenwerving",
        "intro": (
            "Leden zijn het fundament van een lokale partij: zij betalen contributie, helpen als "
            "vrijwilliger en leveren de kandidaten van morgen. Hier leest u hoe u met een "
            "wervingsplan nieuwe leden vindt, hoe u ze welkom heet en hoe u ze aan de partij bindt."
        ),
        "search_terms": "leden werven nieuwe leden ledenaantal aanmelden lid worden ledenadministratie",
        "image": {
            "key": "topic-ledenwerving",
            "alt": "Abstracte illustratie van een groeiende groep poppetjes die samen een cirkel vormen",
        },
        "en": {
            "slug": "membership-recruitment",
            "name": "Membership recruitment",
            "intro": (
                "Members are the foundation of a local party: they pay fees, help as volunteers "
                "and provide tomorrow's candidates. Read how a recruitment plan helps you find new "
                "members, how to welcome them and how to keep them involved."
            ),
            "search_terms": "recruit members new members membership join sign up member records",
            "image": {
                "alt": "Abstract illustration of a growing group of figures forming a circle together",
            },
        },
    },
    {
        "slug": "kandidaatstelling",
        "name": "Kandidaatstelling",
        "intro": (
            "Een sterke kandidatenlijst begint lang voor de verkiezingen. Hier vindt u hoe u "
            "talent scout, een kandidatencommissie instelt, de lijstvolgorde vaststelt en de "
            "formele stappen richting de dag van kandidaatstelling op tijd zet."
        ),
        "search_terms": "kandidaten kandidatenlijst lijsttrekker kandidaatsteling lijstvolgorde ondersteuningsverklaringen",
        "image": {
            "key": "topic-kandidaatstelling",
            "alt": "Abstracte illustratie van een verticale lijst met genummerde vakjes en een pen",
        },
        "en": {
            "slug": "candidate-nomination",
            "name": "Candidate nomination",
            "intro": (
                "A strong list of candidates starts long before the elections. Find out how to "
                "scout talent, set up a candidate committee, decide the order of the list and take "
                "the formal steps towards nomination day in time."
            ),
            "search_terms": "candidates candidate list list leader nomination list order support declarations",
            "image": {
                "alt": "Abstract illustration of a vertical list of numbered boxes and a pen",
            },
        },
    },
    {
        "slug": "screening",
        "name": "Screening",
        "intro": (
            "Wie namens uw partij in de raad komt, moet integer zijn en dat ook kunnen laten zien. "
            "Hier leest u hoe u een zorgvuldige screeningsprocedure opzet, van vragenlijst en VOG "
            "tot referenties, met respect voor de privacy van kandidaten."
        ),
        "search_terms": "screenen kandidaten integriteit VOG verklaring omtrent het gedrag risicoanalyse vragenlijst",
        "image": {
            "key": "topic-screening",
            "alt": "Abstracte illustratie van een vergrootglas boven een document met een vinkje",
        },
        "en": {
            "slug": "candidate-screening",
            "name": "Candidate screening",
            "intro": (
                "Anyone who takes a council seat on behalf of your party must have integrity and "
                "be able to show it. Read how to set up a careful screening procedure, from "
                "questionnaire and certificate of conduct to references, while respecting "
                "candidates' privacy."
            ),
            "search_terms": "vetting candidates integrity certificate of conduct risk analysis questionnaire",
            "image": {
                "alt": "Abstract illustration of a magnifying glass above a document with a tick",
            },
        },
    },
    {
        "slug": "fusie",
        "name": "Fusie",
        "intro": (
            "Soms staan twee partijen samen sterker dan apart. Hier leest u welke vormen van "
            "samengaan er zijn, welke besluiten leden moeten nemen en hoe u naam, financiën en de "
            "cultuur van beide partijen zorgvuldig samenbrengt."
        ),
        "search_terms": "fuseren samengaan samenvoegen samenwerking lijstverbinding notaris statuten",
        "image": {
            "key": "topic-fusie",
            "alt": "Abstracte illustratie van twee gekleurde vlakken die in elkaar overlopen",
        },
        "en": {
            "slug": "party-mergers",
            "name": "Party mergers",
            "intro": (
                "Sometimes two parties are stronger together than apart. Read about the ways to "
                "join forces, the decisions members need to take and how to carefully bring "
                "together the name, the finances and the culture of both parties."
            ),
            "search_terms": "merge merger join forces cooperation list combination notary articles",
            "image": {
                "alt": "Abstract illustration of two coloured shapes flowing into each other",
            },
        },
    },
    {
        "slug": "campagne",
        "name": "Campagne",
        "intro": (
            "Een goede campagne is geen toeval maar het resultaat van een plan. Hier vindt u hoe u "
            "met een campagneteam uw boodschap en doelgroepen kiest en kiezers bereikt, van deur "
            "aan deur en op de markt tot online en in de lokale pers."
        ),
        "search_terms": "campagne voeren verkiezingscampagne flyeren deur aan deur sociale media debat",
        "image": {
            "key": "topic-campagne",
            "alt": "Abstracte illustratie van een megafoon met kleurige golven die zich verspreiden",
        },
        "en": {
            "slug": "campaigning",
            "name": "Campaigning",
            "intro": (
                "A good campaign is no accident but the result of a plan. Find out how a campaign "
                "team chooses its message and target voters and reaches them, from door to door "
                "and at the market to online and in the local press."
            ),
            "search_terms": "election campaign leafleting canvassing door to door social media debate",
            "image": {
                "alt": "Abstract illustration of a megaphone with colourful waves spreading out",
            },
        },
    },
    {
        "slug": "programma",
        "name": "Verkiezingsprogramma",
        "intro": (
            "Het verkiezingsprogramma laat zien waar uw partij voor staat. Hier leest u hoe een "
            "programmacommissie leden en inwoners betrekt, keuzes maakt en het programma laat "
            "vaststellen, en hoe u het gebruikt in de campagne en bij coalitieonderhandelingen."
        ),
        "search_terms": "verkiezingsprogramma programmacommissie standpunten speerpunten coalitieakkoord",
        "image": {
            "key": "topic-programma",
            "alt": "Abstracte illustratie van een opengeslagen boekje met kleurige bladwijzers",
        },
        "en": {
            "slug": "election-programme",
            "name": "Election programme",
            "intro": (
                "The election programme shows what your party stands for. Read how a programme "
                "committee involves members and residents, makes choices and has the programme "
                "adopted, and how to use it in the campaign and in coalition talks."
            ),
            "search_terms": "manifesto programme committee positions priorities coalition agreement",
            "image": {
                "alt": "Abstract illustration of an open booklet with colourful bookmarks",
            },
        },
    },
    {
        "slug": "fondsenwerving",
        "name": "Fondsenwerving",
        "intro": (
            "Zonder geld geen campagne, geen ledenavond en geen website. Hier leest u hoe u met "
            "contributie, afdrachten, giften, sponsoring, acties en crowdfunding een gezonde kas "
            "opbouwt, en hoe penningmeester en kascommissie zorgen voor een betrouwbare boekhouding."
        ),
        "search_terms": "geld inzamelen financiën donaties giften sponsoring crowdfunding penningmeester kascommissie",
        "image": {
            "key": "topic-fondsenwerving",
            "alt": "Abstracte illustratie van een spaarpot met munten en een stijgende lijn",
        },
        "en": {
            "slug": "fundraising",
            "name": "Fundraising",
            "intro": (
                "No money means no campaign, no members' evening and no website. Read how to build "
                "healthy finances with membership fees, contributions from councillors, donations, "
                "sponsorship, events and crowdfunding, and how the treasurer and audit committee "
                "keep the books reliable."
            ),
            "search_terms": "raise money finances donations gifts sponsorship crowdfunding treasurer audit",
            "image": {
                "alt": "Abstract illustration of a piggy bank with coins and a rising line",
            },
        },
    },
    {
        "slug": "oprichting",
        "name": "Oprichting",
        "intro": (
            "Wilt u met een groep inwoners een nieuwe lokale partij beginnen? Hier leest u welke "
            "stappen daarbij horen, van de oprichting van een vereniging bij de notaris tot het "
            "vinden van de eerste leden en bestuurders."
        ),
        "search_terms": "partij oprichten nieuwe partij beginnen vereniging notaris statuten KvK",
        "image": {
            "key": "topic-oprichting",
            "alt": "Abstracte illustratie van een kleine plant die uit een bouwsteen groeit",
        },
        "en": {
            "slug": "founding-a-party",
            "name": "Founding a party",
            "intro": (
                "Do you want to start a new local party with a group of residents? Read which "
                "steps are involved, from setting up an association at the notary to finding your "
                "first members and board members."
            ),
            "search_terms": "found a party start a new party association notary articles chamber of commerce",
            "image": {
                "alt": "Abstract illustration of a small plant growing out of a building block",
            },
        },
    },
    {
        "slug": "bestuur",
        "name": "Bestuur en vereniging",
        "intro": (
            "Een lokale partij is een vereniging, met een bestuur, statuten en een algemene "
            "ledenvergadering. Hier vindt u hoe u de taken in het bestuur verdeelt, goede "
            "vergaderingen houdt en de verenigingszaken op orde brengt."
        ),
        "search_terms": "bestuur statuten ALV ledenvergadering huishoudelijk reglement voorzitter secretaris",
        "image": {
            "key": "topic-bestuur",
            "alt": "Abstracte illustratie van een ronde tafel met stoelen eromheen, van bovenaf gezien",
        },
        "en": {
            "slug": "board-and-association",
            "name": "Board and association",
            "intro": (
                "A local party is an association, with a board, articles of association and a "
                "general members' meeting. Find out how to divide tasks on the board, hold good "
                "meetings and get the association's affairs in order."
            ),
            "search_terms": "board articles members meeting standing orders chair secretary",
            "image": {
                "alt": "Abstract illustration of a round table with chairs around it, seen from above",
            },
        },
    },
    {
        "slug": "integriteit",
        "name": "Integriteit",
        "intro": (
            "Vertrouwen van kiezers is snel verloren. Hier leest u hoe uw partij integriteit "
            "bespreekbaar maakt, afspraken vastlegt in een gedragscode en handelt als er toch iets "
            "misgaat."
        ),
        "search_terms": "integriteit gedragscode belangenverstrengeling nevenfuncties melding vertrouwenspersoon",
        "image": {
            "key": "topic-integriteit",
            "alt": "Abstracte illustratie van een weegschaal in evenwicht",
        },
        "en": {
            "slug": "integrity",
            "name": "Integrity",
            "intro": (
                "Voters' trust is quickly lost. Read how your party can make integrity a topic of "
                "discussion, set agreements down in a code of conduct and act when something does "
                "go wrong."
            ),
            "search_terms": "integrity code of conduct conflict of interest side jobs report confidential adviser",
            "image": {
                "alt": "Abstract illustration of a pair of scales in balance",
            },
        },
    },
    {
        "slug": "vrijwilligers",
        "name": "Vrijwilligers",
        "intro": (
            "Zonder vrijwilligers geen campagne en geen actieve partij. Hier vindt u hoe u "
            "vrijwilligers vindt, taken verdeelt die bij mensen passen en ervoor zorgt dat zij zich "
            "gewaardeerd voelen en blijven helpen."
        ),
        "search_terms": "vrijwilligers vrijwilligerswerk helpen meehelpen waardering taken verdelen",
        "image": {
            "key": "topic-vrijwilligers",
            "alt": "Abstracte illustratie van handen in verschillende kleuren die samen iets optillen",
        },
        "en": {
            "slug": "volunteers",
            "name": "Volunteers",
            "intro": (
                "Without volunteers there is no campaign and no active party. Find out how to find "
                "volunteers, hand out tasks that suit people and make sure they feel appreciated "
                "and keep helping."
            ),
            "search_terms": "volunteers volunteering help out appreciation dividing tasks",
            "image": {
                "alt": "Abstract illustration of hands in different colours lifting something together",
            },
        },
    },
]
