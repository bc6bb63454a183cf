"""Demo guides for the topic "screening" (vetting candidates)."""

TOPIC = "screening"

GUIDES = [
    # ------------------------------------------------------------------------------------------
    {
        "slug": "screening-procedure",
        "title": "Kandidaten screenen: zo richt u een screeningsprocedure in",
        "summary": (
            "Een stappenplan voor een zorgvuldige en eerlijke screening van kandidaten voor de "
            "gemeenteraad: van integriteitsbeleid en vragenlijst tot screeningsgesprek en besluit."
        ),
        "tags": ["screening", "integriteit", "kandidaten", "screeningsgesprek"],
        "related": [
            "screening-vog-referenties-sociale-media",
            "screening-wethouders-risicoanalyse",
            "kandidaatstelling-registratie-en-inlevering",
        ],
        "body": [
            (
                "paragraph",
                "<p>Wie op de kandidatenlijst van uw partij staat, vertegenwoordigt straks uw partij "
                "én de inwoners van uw gemeente. Kiezers, pers en andere partijen kijken kritisch "
                "mee. Eén incident met een kandidaat, zoals een vergeten bestuursfunctie bij een "
                "bedrijf dat zaken doet met de gemeente, een oud strafblad of een reeks kwetsende "
                "berichten op sociale media, kan een campagne of zelfs een hele raadsperiode "
                "overschaduwen. Daarom kiezen steeds meer lokale partijen ervoor hun kandidaten te "
                "screenen voordat de ledenvergadering de lijst vaststelt.</p>"
                "<p>Screenen draait niet om wantrouwen. Het doel is om samen met de kandidaat vooraf "
                "in beeld te brengen waar kwetsbaarheden zitten, zodat u daar afspraken over kunt "
                "maken of, als het echt niet anders kan, op tijd een andere keuze kunt maken. Een "
                "goede screening beschermt dus ook de kandidaat zelf.</p>",
            ),
            ("heading", "Wat bedoelen we met integriteit?"),
            (
                "paragraph",
                "<p>Integriteit is meer dan ‘nooit in aanraking geweest met justitie’. Voor een "
                "raadslid of wethouder gaat het vooral om de vraag of iemand zijn of haar functie "
                "onafhankelijk, eerlijk en zorgvuldig kan uitoefenen. Let bij het screenen van "
                "kandidaten in ieder geval op:</p>"
                "<ul>"
                "<li><b>Belangenverstrengeling</b>: nevenfuncties, een eigen bedrijf, vastgoed of "
                "familiebanden die botsen met het werk in de raad.</li>"
                "<li><b>Financiële kwetsbaarheid</b>: grote schulden of betalingsproblemen die "
                "iemand chantabel kunnen maken.</li>"
                "<li><b>Justitieel verleden</b>: strafbare feiten die relevant zijn voor een "
                "politieke functie.</li>"
                "<li><b>Gedrag en uitlatingen</b>: hoe iemand zich online en offline opstelt "
                "tegenover inwoners, ambtenaren en andersdenkenden.</li>"
                "<li><b>Betrouwbaarheid en loyaliteit</b>: de bereidheid om afspraken met partij en "
                "fractie na te komen, bijvoorbeeld over afdrachten en het verkiezingsprogramma.</li>"
                "</ul>"
                "<p>Leg in een kort integriteitsbeleid vast wat uw partij van kandidaten verwacht. "
                "Dan weet iedereen vooraf waarop gescreend wordt, en kunt u later naar die afspraken "
                "verwijzen.</p>",
            ),
            ("heading", "Wie voert de screening uit?"),
            (
                "paragraph",
                "<p>Laat de screening doen door een kleine, vaste groep van twee of drie mensen, "
                "bijvoorbeeld een screeningscommissie of de kandidatencommissie met een apart "
                "mandaat. Kies mensen die discreet zijn, zelf geen kandidaat zijn en liefst niet "
                "allemaal uit het bestuur komen. Een onafhankelijk lid, zoals een oud-raadslid van "
                "buiten de gemeente of iemand met ervaring als vertrouwenspersoon, maakt het proces "
                "sterker.</p>"
                "<p>Spreek vooraf af wie de uitkomst te horen krijgt. Meestal zijn dat alleen de "
                "kandidaat zelf en het bestuur of de kandidatencommissie die de lijst voorstelt. De "
                "ledenvergadering hoort alleen dat de screening is afgerond, niet wat er is "
                "besproken.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo verloopt een screeningsprocedure",
                    "steps": [
                        {
                            "title": "Leg de procedure vast",
                            "text": "<p>Laat het bestuur of de ledenvergadering de "
                            "screeningsprocedure vaststellen: de onderdelen, de planning, wie "
                            "toegang heeft tot de gegevens en hoe lang u ze bewaart. Maak de "
                            "procedure bekend aan alle leden, zodat kandidaten weten waar ze aan "
                            "beginnen.</p>",
                        },
                        {
                            "title": "Informeer kandidaten vooraf",
                            "text": "<p>Vertel iedereen die zich kandidaat stelt dat screening bij "
                            "de selectie hoort. Vraag schriftelijk toestemming voor de onderdelen, "
                            "zoals het natrekken van referenties en het bekijken van openbare "
                            "sociale media.</p>",
                        },
                        {
                            "title": "Laat de vragenlijst invullen",
                            "text": "<p>Iedere kandidaat vult dezelfde screeningsvragenlijst in, "
                            "over nevenfuncties, financiële belangen, justitiële antecedenten en "
                            "andere zaken die in de openbaarheid kunnen komen. Gebruik eventueel de "
                            "modelvragenlijst hieronder.</p>",
                        },
                        {
                            "title": "Vraag een verklaring omtrent het gedrag (VOG) aan",
                            "text": "<p>Vraag kandidaten op een verkiesbare plaats, of alle "
                            "kandidaten, om een VOG. Begin hier op tijd mee, want de aanvraag kost "
                            "enkele weken.</p>",
                        },
                        {
                            "title": "Doe de controles",
                            "text": "<p>Bel de referenties die de kandidaat heeft opgegeven en "
                            "bekijk openbare bronnen en sociale media. Noteer alleen wat relevant "
                            "is voor de functie.</p>",
                        },
                        {
                            "title": "Voer het screeningsgesprek",
                            "text": "<p>Bespreek de vragenlijst en de bevindingen in een persoonlijk "
                            "gesprek. Geef de kandidaat de ruimte om zaken toe te lichten.</p>",
                        },
                        {
                            "title": "Besluit en koppel terug",
                            "text": "<p>De commissie adviseert het bestuur of de "
                            "kandidatencommissie: geen bezwaar, geen bezwaar met afspraken, of "
                            "ontraden. Bespreek het advies eerst met de kandidaat en leg afspraken "
                            "schriftelijk vast.</p>",
                        },
                        {
                            "title": "Ruim gegevens op",
                            "text": "<p>Vernietig aantekeningen en kopieën zodra ze niet meer nodig "
                            "zijn en bewaar alleen de uitkomst, volgens de termijn uit uw "
                            "procedure.</p>",
                        },
                    ],
                },
            ),
            (
                "document",
                {
                    "key": "screening-vragenlijst",
                    "title": "Modelvragenlijst voor het screenen van kandidaten",
                    "description": (
                        "Een vragenlijst om aan kandidaten voor de gemeenteraad voor te leggen, "
                        "met vragen over nevenfuncties, financiële belangen, justitieel verleden, "
                        "sociale media en beschikbaarheid. Pas hem aan aan uw eigen partij."
                    ),
                },
            ),
            ("heading", "Het screeningsgesprek"),
            (
                "paragraph",
                "<p>Het screeningsgesprek is het hart van de procedure. Trek er minstens een uur "
                "voor uit, op een rustige plek, met twee leden van de commissie. Begin met uitleg: "
                "waarom de partij screent, wat er met de antwoorden gebeurt en dat het gesprek "
                "vertrouwelijk is. Loop daarna de ingevulde vragenlijst door en vraag door waar iets "
                "onduidelijk is.</p>"
                "<p>Goede vragen zijn open en concreet. Bijvoorbeeld:</p>"
                "<ul>"
                "<li>Welke functies, betaald of onbetaald, heeft u naast uw werk, en kunnen die "
                "raken aan besluiten van de gemeente?</li>"
                "<li>Hebben u, uw partner of naaste familie zakelijke belangen in de gemeente, zoals "
                "grond, panden of een bedrijf dat voor de gemeente werkt?</li>"
                "<li>Hoe gaat u om met kritiek op sociale media, en heeft u in het verleden berichten "
                "geplaatst waar u nu anders over denkt?</li>"
                "<li>Is er iets uit uw verleden dat een journalist of een politieke tegenstander zou "
                "kunnen opgraven?</li>"
                "<li>Hoeveel tijd kunt u per week vrijmaken voor het raadswerk?</li>"
                "</ul>"
                "<p>De vraag wat een journalist zou kunnen vinden, blijkt in de praktijk vaak de "
                "belangrijkste. Een kandidaat die zelf iets meldt, kunt u helpen met een eerlijke "
                "uitleg; verrassingen achteraf zijn veel schadelijker.</p>",
            ),
            (
                "image",
                {
                    "key": "screening-gesprek",
                    "alt": (
                        "Twee leden van een screeningscommissie zitten aan tafel tegenover een "
                        "kandidaat en bespreken een ingevulde vragenlijst die voor hen ligt."
                    ),
                    "caption": (
                        "Een screeningsgesprek is vertrouwelijk en gaat uit van de ingevulde "
                        "vragenlijst."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Screen ook de lijstduwers",
                    "text": "<p>Ook kandidaten onderaan de lijst kunnen met voorkeurstemmen in de "
                    "raad komen, en ook hun naam staat op het stembiljet. Screen daarom bij voorkeur "
                    "alle kandidaten, eventueel met een lichtere procedure voor de lagere "
                    "plaatsen.</p>",
                },
            ),
            ("heading", "Wat als er iets naar boven komt?"),
            (
                "paragraph",
                "<p>De meeste screenings leveren niets verontrustends op. Komt er wel iets naar "
                "boven, weeg het dan zorgvuldig. Hoe lang geleden was het, hoe ernstig was het, "
                "heeft de kandidaat er zelf open over verteld en raakt het aan de taken van een "
                "raadslid? Een boete uit iemands jeugd weegt anders dan een recent conflict met de "
                "gemeente over een bouwvergunning.</p>"
                "<p>Vaak is de uitkomst ‘geen bezwaar, wel afspraken’. Denk aan het neerleggen van "
                "een nevenfunctie, zich onthouden van beraadslaging en stemming bij een bepaald "
                "onderwerp, of het vooraf afspreken wat de kandidaat zegt als de pers vragen stelt. "
                "Alleen als een risico niet te beheersen is, ontraadt de commissie de kandidatuur. "
                "Geef de kandidaat dan de kans zich zelf terug te trekken, zodat niemand publiekelijk "
                "beschadigd raakt.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "In het begin voelde screenen als een motie van wantrouwen tegen onze eigen "
                        "mensen. Nu zien kandidaten het gesprek juist als voorbereiding op het "
                        "raadswerk. Twee keer hebben we samen met iemand een lastige nevenfunctie "
                        "opgelost voordat de lijst openbaar werd."
                    ),
                    "name": "Marieke",
                    "role": "voorzitter screeningscommissie",
                    "party": "een lokale partij in Overijssel",
                },
            ),
            (
                "checklist",
                {
                    "title": "Checklist screeningsprocedure",
                    "items": [
                        "Integriteitsbeleid en screeningsprocedure vastgesteld door bestuur of ALV",
                        "Screeningscommissie benoemd, met afspraken over geheimhouding",
                        "Kandidaten vooraf geïnformeerd en schriftelijke toestemming ontvangen",
                        "Vragenlijst door iedere kandidaat ingevuld en ondertekend",
                        "VOG's op tijd aangevraagd en gezien",
                        "Referenties nagebeld en openbare sociale media bekeken",
                        "Screeningsgesprekken gevoerd en het advies met iedere kandidaat besproken",
                        "Gemaakte afspraken schriftelijk vastgelegd",
                        "Gegevens vernietigd of gearchiveerd volgens de afgesproken bewaartermijn",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Is het screenen van kandidaten verplicht?",
                        "answer": "<p>Nee. Voor kandidaat-raadsleden bestaat geen wettelijke plicht "
                        "tot screening, en ook geen verplichte VOG. Een partij bepaalt zelf of en "
                        "hoe zij screent. Voor wethouders gelden wel wettelijke eisen, zoals een "
                        "verplichte VOG; lees daarover de gids over het screenen van "
                        "kandidaat-wethouders.</p>",
                    },
                    {
                        "question": "Wanneer beginnen we met screenen?",
                        "answer": "<p>Plan de screening zo dat hij klaar is voordat de "
                        "kandidatencommissie haar voorstel voor de lijst naar de leden stuurt. Reken "
                        "voor het hele traject op twee tot drie maanden, vooral vanwege de "
                        "doorlooptijd van de VOG en het plannen van gesprekken.</p>",
                    },
                    {
                        "question": "Mag een kandidaat weigeren om mee te werken?",
                        "answer": "<p>Ja, maar in uw procedure kunt u vastleggen dat medewerking een "
                        "voorwaarde is om op de lijst te komen. Leg dat dan wel vooraf en voor "
                        "iedereen gelijk vast.</p>",
                    },
                    {
                        "question": "Mogen leden de uitkomsten van de screening inzien?",
                        "answer": "<p>Nee. Screeningsgegevens zijn vertrouwelijk. De "
                        "ledenvergadering hoort alleen dat alle kandidaten gescreend zijn en dat de "
                        "commissie geen bezwaar heeft, of dat er afspraken zijn gemaakt.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "candidate-screening-procedure",
            "title": "Screening candidates: how to set up a screening procedure",
            "summary": (
                "A step-by-step plan for careful and fair screening of candidates for the municipal "
                "council, from an integrity policy and questionnaire to the screening interview "
                "and the decision."
            ),
            "tags": ["candidate screening", "integrity", "candidates", "screening interview"],
            "body": [
                (
                    "paragraph",
                    "<p>Anyone on your party's list of candidates will soon represent both your "
                    "party and the residents of your municipality. Voters, journalists and other "
                    "parties will be watching closely. A single incident involving a candidate, such "
                    "as a forgotten board seat at a company that does business with the "
                    "municipality, an old criminal record or a string of offensive posts on social "
                    "media, can overshadow a campaign or even an entire council term. That is why "
                    "more and more local parties screen their candidates before the members' "
                    "meeting adopts the list.</p>"
                    "<p>Screening is not about distrust. The aim is to work out, together with the "
                    "candidate and in advance, where the vulnerabilities lie, so that you can make "
                    "arrangements about them or, if there really is no other way, make a different "
                    "choice in good time. Good screening therefore protects the candidate too.</p>",
                ),
                ("heading", "What do we mean by integrity?"),
                (
                    "paragraph",
                    "<p>Integrity is more than ‘never having been in trouble with the law’. For a "
                    "councillor or alderman, the key question is whether someone can do the job "
                    "independently, honestly and carefully. When screening candidates, look at "
                    "least at:</p>"
                    "<ul>"
                    "<li><b>Conflicts of interest</b>: other positions, a business of their own, "
                    "property or family ties that clash with the work on the council.</li>"
                    "<li><b>Financial vulnerability</b>: large debts or payment problems that could "
                    "expose someone to pressure or blackmail.</li>"
                    "<li><b>Criminal record</b>: offences that are relevant to a political "
                    "office.</li>"
                    "<li><b>Conduct and statements</b>: how someone behaves, online and offline, "
                    "towards residents, civil servants and people who think differently.</li>"
                    "<li><b>Reliability and loyalty</b>: willingness to keep agreements with the "
                    "party and the council group, for example about contributions and the election "
                    "manifesto.</li>"
                    "</ul>"
                    "<p>Set out in a short integrity policy what your party expects from its "
                    "candidates. Then everyone knows in advance what the screening covers, and you "
                    "can refer back to those agreements later.</p>",
                ),
                ("heading", "Who does the screening?"),
                (
                    "paragraph",
                    "<p>Have the screening done by a small, permanent group of two or three people, "
                    "for instance a screening committee or the candidate committee with a separate "
                    "mandate. Choose people who are discreet, are not candidates themselves and "
                    "preferably do not all sit on the board. An independent member, such as a "
                    "former councillor from another municipality or someone with experience as a "
                    "confidential adviser, makes the process stronger.</p>"
                    "<p>Agree beforehand who will hear the outcome. Usually that is only the "
                    "candidate and the board or candidate committee that proposes the list. The "
                    "members' meeting is only told that the screening has been completed, not what "
                    "was discussed.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How a screening procedure works",
                        "steps": [
                            {
                                "title": "Put the procedure in writing",
                                "text": "<p>Have the board or the members' meeting adopt the "
                                "screening procedure: its parts, the timetable, who has access to "
                                "the data and how long you keep it. Share the procedure with all "
                                "members so candidates know what they are signing up for.</p>",
                            },
                            {
                                "title": "Tell candidates in advance",
                                "text": "<p>Tell everyone who puts themselves forward that "
                                "screening is part of the selection. Ask for written consent for "
                                "each part, such as contacting references and looking at public "
                                "social media.</p>",
                            },
                            {
                                "title": "Have the questionnaire filled in",
                                "text": "<p>Every candidate fills in the same screening "
                                "questionnaire, covering other positions, financial interests, "
                                "criminal records and anything else that might become public. You "
                                "can use the model questionnaire below.</p>",
                            },
                            {
                                "title": "Request a certificate of conduct (VOG)",
                                "text": "<p>Ask candidates in electable positions, or all "
                                "candidates, for a VOG. Start early, because the application takes "
                                "a few weeks.</p>",
                            },
                            {
                                "title": "Carry out the checks",
                                "text": "<p>Call the references the candidate has given and look at "
                                "public sources and social media. Only note what is relevant to "
                                "the role.</p>",
                            },
                            {
                                "title": "Hold the screening interview",
                                "text": "<p>Discuss the questionnaire and your findings in a "
                                "personal conversation. Give the candidate room to explain.</p>",
                            },
                            {
                                "title": "Decide and report back",
                                "text": "<p>The committee advises the board or candidate "
                                "committee: no objection, no objection subject to agreements, or "
                                "advise against. Discuss the advice with the candidate first and "
                                "put any agreements in writing.</p>",
                            },
                            {
                                "title": "Clean up the data",
                                "text": "<p>Destroy notes and copies as soon as they are no longer "
                                "needed and keep only the outcome, for the period set in your "
                                "procedure.</p>",
                            },
                        ],
                    },
                ),
                (
                    "document",
                    {
                        "key": "screening-vragenlijst",
                        "title": "Model questionnaire for screening candidates",
                        "description": (
                            "A questionnaire for candidates for the municipal council, with "
                            "questions about other positions, financial interests, criminal "
                            "record, social media and availability. Adapt it to your own party. "
                            "(In Dutch.)"
                        ),
                    },
                ),
                ("heading", "The screening interview"),
                (
                    "paragraph",
                    "<p>The screening interview is the heart of the procedure. Allow at least an "
                    "hour, in a quiet place, with two committee members. Start by explaining why "
                    "the party screens, what happens to the answers and that the conversation is "
                    "confidential. Then go through the completed questionnaire and ask follow-up "
                    "questions wherever something is unclear.</p>"
                    "<p>Good questions are open and concrete. For example:</p>"
                    "<ul>"
                    "<li>What positions, paid or unpaid, do you hold alongside your job, and could "
                    "they touch on decisions made by the municipality?</li>"
                    "<li>Do you, your partner or close family have business interests in the "
                    "municipality, such as land, buildings or a company that works for the "
                    "municipality?</li>"
                    "<li>How do you deal with criticism on social media, and have you posted things "
                    "in the past that you now see differently?</li>"
                    "<li>Is there anything in your past that a journalist or political opponent "
                    "could dig up?</li>"
                    "<li>How much time a week can you set aside for council work?</li>"
                    "</ul>"
                    "<p>In practice, the question about what a journalist might find often turns out "
                    "to be the most important one. If candidates raise something themselves, you can "
                    "help them prepare an honest explanation; surprises later on do far more "
                    "damage.</p>",
                ),
                (
                    "image",
                    {
                        "key": "screening-gesprek",
                        "alt": (
                            "Two members of a screening committee sit at a table opposite a "
                            "candidate, discussing a completed questionnaire lying in front of "
                            "them."
                        ),
                        "caption": (
                            "A screening interview is confidential and starts from the completed "
                            "questionnaire."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Screen the candidates at the bottom of the list too",
                        "text": "<p>Candidates low on the list can also win a seat through "
                        "preference votes, and their names are on the ballot paper as well. So "
                        "ideally screen every candidate, perhaps with a lighter procedure for the "
                        "lower places.</p>",
                    },
                ),
                ("heading", "What if something comes up?"),
                (
                    "paragraph",
                    "<p>Most screenings turn up nothing worrying. If something does come up, weigh "
                    "it carefully. How long ago was it, how serious was it, did the candidate "
                    "mention it openly and does it bear on the duties of a councillor? A fine from "
                    "someone's youth weighs differently from a recent dispute with the municipality "
                    "over a building permit.</p>"
                    "<p>Often the outcome is ‘no objection, but with agreements’. Think of giving up "
                    "another position, staying out of the debate and the vote on a particular "
                    "subject, or agreeing in advance what the candidate will say if the press asks "
                    "questions. Only if a risk cannot be managed does the committee advise against "
                    "the candidacy. In that case, give the candidate the chance to withdraw of their "
                    "own accord, so that nobody is publicly damaged.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "At first, screening felt like a vote of no confidence in our own "
                            "people. Now candidates see the interview as preparation for council "
                            "work. Twice we have sorted out an awkward side position together with "
                            "someone before the list went public."
                        ),
                        "name": "Marieke",
                        "role": "chair of the screening committee",
                        "party": "a local party in Overijssel",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Screening procedure checklist",
                        "items": [
                            "Integrity policy and screening procedure adopted by the board or the "
                            "members' meeting",
                            "Screening committee appointed, with agreements on confidentiality",
                            "Candidates informed in advance and written consent received",
                            "Questionnaire completed and signed by every candidate",
                            "Certificates of conduct (VOG) requested in time and seen",
                            "References called and public social media checked",
                            "Screening interviews held and the advice discussed with each candidate",
                            "Agreements made put in writing",
                            "Data destroyed or archived in line with the agreed retention period",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Is screening candidates compulsory?",
                            "answer": "<p>No. There is no legal duty to screen candidates for the "
                            "council, nor a compulsory VOG. Each party decides for itself whether "
                            "and how it screens. Aldermen do face legal requirements, such as a "
                            "compulsory VOG; see the guide on screening candidate aldermen.</p>",
                        },
                        {
                            "question": "When should we start screening?",
                            "answer": "<p>Plan the screening so that it is finished before the "
                            "candidate committee sends its proposed list to the members. Allow two "
                            "to three months for the whole process, mainly because of the time a "
                            "VOG takes and the scheduling of interviews.</p>",
                        },
                        {
                            "question": "Can a candidate refuse to take part?",
                            "answer": "<p>Yes, but your procedure can state that taking part is a "
                            "condition for a place on the list. Make sure that rule is set in "
                            "advance and applies equally to everyone.</p>",
                        },
                        {
                            "question": "Can members see the results of the screening?",
                            "answer": "<p>No. Screening data is confidential. The members' meeting "
                            "is only told that all candidates have been screened and that the "
                            "committee has no objection, or that agreements have been made.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "screening-vog-referenties-sociale-media",
        "title": "VOG, referenties en sociale media: kandidaten controleren met oog voor privacy",
        "summary": (
            "Hoe u een verklaring omtrent het gedrag (VOG) regelt voor kandidaten, hoe u "
            "referenties en sociale media nagaat en wat de AVG zegt over de gegevens die u "
            "verzamelt."
        ),
        "tags": ["vog", "referenties", "sociale media", "privacy", "screening"],
        "related": [
            "screening-procedure",
            "screening-wethouders-risicoanalyse",
            "kandidaatstelling-registratie-en-inlevering",
        ],
        "body": [
            (
                "paragraph",
                "<p>Een goede screening rust op meerdere pijlers. Wat een kandidaat zelf vertelt in "
                "de vragenlijst en het screeningsgesprek, vult u aan met informatie van buiten: een "
                "verklaring omtrent het gedrag, gesprekken met referenties en een blik op wat iemand "
                "openbaar op sociale media zet. Elk van die bronnen heeft zijn beperkingen, maar "
                "samen geven ze een redelijk beeld. In deze gids leest u hoe u ze gebruikt, en hoe "
                "u daarbij de privacy van kandidaten respecteert.</p>",
            ),
            ("heading", "De verklaring omtrent het gedrag (VOG)"),
            (
                "paragraph",
                "<p>Een VOG wordt afgegeven door Justis, de screeningsautoriteit van het ministerie "
                "van Justitie en Veiligheid. Justis kijkt of iemand strafbare feiten op zijn naam "
                "heeft staan die een risico vormen voor een bepaalde functie. Voor politieke "
                "functies bestaat een apart screeningsprofiel voor politieke ambtsdragers. Dat geldt "
                "voor kandidaat-volksvertegenwoordigers, zoals kandidaat-raadsleden, en voor "
                "kandidaat-wethouders. Vermeld dat profiel bij de aanvraag, anders toetst Justis "
                "mogelijk aan een ander profiel.</p>"
                "<p>Voor raadsleden is een VOG niet verplicht. Veel partijen vragen er toch om, "
                "omdat het een eenvoudige en objectieve toets is. Voor wethouders ligt dat anders: "
                "sinds 1 januari 2023 moeten zij een VOG kunnen overleggen om benoemd te worden.</p>"
                "<p>Wees realistisch over wat een VOG zegt. Hij zegt niets over schulden, "
                "belangenverstrengeling, omgangsvormen of zaken waarvoor iemand nooit is veroordeeld. "
                "Een VOG is dus een onderdeel van de screening, nooit de hele screening.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo regelt u de VOG voor uw kandidaten",
                    "steps": [
                        {
                            "title": "Bepaal wie een VOG moet aanvragen",
                            "text": "<p>Kies of u een VOG vraagt van alle kandidaten of alleen van "
                            "de kandidaten op verkiesbare plaatsen, en leg dat vast in uw "
                            "screeningsprocedure.</p>",
                        },
                        {
                            "title": "Vraag de gemeente naar regelingen",
                            "text": "<p>Sommige gemeenten vergoeden de kosten van een VOG voor "
                            "kandidaten of organiseren een gezamenlijke aanvraag voor alle partijen. "
                            "Informeer bij de afdeling verkiezingen of de griffie.</p>",
                        },
                        {
                            "title": "Vul het deel van de organisatie in",
                            "text": "<p>De partij geeft als organisatie aan waarvoor de VOG nodig is "
                            "en kiest het screeningsprofiel voor politieke ambtsdragers. Kijk op de "
                            "website van Justis voor de actuele aanvraagroute, digitaal of via de "
                            "gemeente, en voor de kosten.</p>",
                        },
                        {
                            "title": "Laat de kandidaat de aanvraag afronden",
                            "text": "<p>De kandidaat doet de aanvraag op eigen naam, digitaal met "
                            "DigiD of aan de balie van de gemeente. De VOG wordt naar de kandidaat "
                            "zelf gestuurd.</p>",
                        },
                        {
                            "title": "Bekijk de VOG en noteer de uitkomst",
                            "text": "<p>Laat de kandidaat de VOG aan de commissie tonen. Noteer "
                            "alleen dat u hem hebt gezien en op welke datum; een kopie is meestal "
                            "niet nodig.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Houd rekening met de doorlooptijd",
                    "text": "<p>Reken voor een VOG op enkele weken, en op langer als Justis nader "
                    "onderzoek doet. Vraag de VOG daarom ruim voor de ledenvergadering aan waarin de "
                    "kandidatenlijst wordt vastgesteld. De actuele kosten en termijnen vindt u op de "
                    "website van Justis.</p>",
                },
            ),
            ("heading", "Referenties natrekken"),
            (
                "paragraph",
                "<p>Vraag iedere kandidaat om twee of drie referenties: mensen die hem of haar "
                "kennen uit werk, vrijwilligerswerk of een vereniging, en die geen familie zijn. Een "
                "referentiegesprek duurt zelden langer dan een kwartier, maar levert vaak waardevolle "
                "informatie op over samenwerken, betrouwbaarheid en omgaan met druk.</p>"
                "<p>Bel altijd met toestemming van de kandidaat en stel iedere referentie dezelfde "
                "vragen, bijvoorbeeld:</p>"
                "<ul>"
                "<li>In welke rol heeft u met de kandidaat samengewerkt, en hoe lang?</li>"
                "<li>Hoe gaat de kandidaat om met tegenspraak en met vertrouwelijke "
                "informatie?</li>"
                "<li>Komt de kandidaat afspraken na?</li>"
                "<li>Is er iets waarvan u vindt dat wij het moeten weten voordat deze persoon een "
                "publieke functie krijgt?</li>"
                "</ul>"
                "<p>Noteer de antwoorden kort en feitelijk. Een negatief signaal van één referentie "
                "is nog geen oordeel; bespreek het in het screeningsgesprek met de kandidaat.</p>",
            ),
            ("heading", "Sociale media bekijken"),
            (
                "paragraph",
                "<p>Journalisten en politieke tegenstanders gaan bij een nieuwe kandidatenlijst als "
                "eerste zoeken op internet. Doe dat dus zelf eerder. Bekijk de openbare accounts van "
                "de kandidaat op de bekende platforms en zoek op naam in een zoekmachine en in het "
                "archief van de lokale krant. Let op uitlatingen die discriminerend, bedreigend of "
                "grof zijn, op berichten die botsen met het programma van uw partij en op informatie "
                "over zakelijke belangen.</p>"
                "<p>Houd de zoektocht proportioneel:</p>"
                "<ul>"
                "<li>Kijk alleen naar wat openbaar is. Maak geen nepaccount en vraag geen toegang tot "
                "besloten groepen.</li>"
                "<li>Beperk u tot de kandidaat zelf en laat familie en vrienden erbuiten.</li>"
                "<li>Kijk een redelijke periode terug en weeg oude berichten anders dan "
                "recente.</li>"
                "<li>Bewaar alleen wat u met de kandidaat wilt bespreken, en geen complete "
                "schermafbeeldingen van iemands tijdlijn.</li>"
                "</ul>"
                "<p>Veel kandidaten ruimen na zo'n gesprek zelf oude berichten op of maken een "
                "account privé. Dat is prima, zolang ze er eerlijk over zijn als er later toch vragen "
                "komen.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Een kandidaat bleek jaren geleden felle berichten over een buurgemeente te "
                        "hebben gedeeld. Hij was het zelf vergeten. We hebben het besproken, hij "
                        "nam er afstand van, en toen de krant er later naar vroeg, had hij meteen "
                        "een eerlijk antwoord klaar."
                    ),
                    "name": "Ahmed",
                    "role": "secretaris",
                    "party": "een lokale partij in Zuid-Holland",
                },
            ),
            ("heading", "Privacy: wat mag wel en wat niet?"),
            (
                "paragraph",
                "<p>Bij het screenen verwerkt uw partij persoonsgegevens, soms zeer gevoelige. De "
                "Algemene verordening gegevensbescherming (AVG) geldt ook voor een kleine vereniging, "
                "en gegevens over iemands strafrechtelijk verleden zijn extra beschermd. Houd u "
                "daarom aan deze uitgangspunten:</p>"
                "<ul>"
                "<li><b>Doel</b>: gebruik de gegevens alleen om de kandidatuur te beoordelen, niet "
                "voor iets anders.</li>"
                "<li><b>Transparantie</b>: vertel kandidaten vooraf welke gegevens u verzamelt, bij "
                "wie, waarom en hoe lang u ze bewaart, bijvoorbeeld in een privacyverklaring bij de "
                "procedure.</li>"
                "<li><b>Zo weinig mogelijk</b>: vraag en noteer alleen wat nodig is voor de "
                "beoordeling. Noteer bij een VOG alleen dat die is gezien.</li>"
                "<li><b>Beveiliging</b>: bewaar stukken niet in gedeelde mappen of groepsapps, maar "
                "op een plek waar alleen de commissie bij kan.</li>"
                "<li><b>Bewaartermijn</b>: vernietig aantekeningen zodra de lijst is vastgesteld of "
                "kort daarna, en leg die termijn vast.</li>"
                "<li><b>Rechten van de kandidaat</b>: een kandidaat mag vragen welke gegevens u over "
                "hem of haar hebt en mag onjuiste gegevens laten verbeteren.</li>"
                "</ul>"
                "<p>Twijfelt u over een specifieke situatie, kijk dan op de website van de Autoriteit "
                "Persoonsgegevens of stel uw vraag aan de helpdesk van het Kennispunt.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Voordat u begint met controleren",
                    "items": [
                        "De kandidaat heeft schriftelijk toestemming gegeven voor het bellen van "
                        "referenties en het bekijken van sociale media",
                        "De VOG is aangevraagd met het screeningsprofiel voor politieke ambtsdragers",
                        "Bij de gemeente is nagevraagd of er een vergoeding of gezamenlijke aanvraag "
                        "is",
                        "Voor alle referenties liggen dezelfde vragen klaar",
                        "Er is afgesproken welke sociale media en welke periode u bekijkt",
                        "Er is een beveiligde plek voor aantekeningen, met een vaste bewaartermijn",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Wat gebeurt er als Justis de VOG weigert?",
                        "answer": "<p>Justis laat eerst weten dat het van plan is de VOG te "
                        "weigeren, en de kandidaat kan daarop reageren. Blijft Justis bij de "
                        "weigering, dan kan de kandidaat bezwaar maken. Voor een kandidaat-raadslid "
                        "bepaalt uw partij zelf welke gevolgen een weigering heeft. Een "
                        "kandidaat-wethouder zonder VOG kan niet worden benoemd.</p>",
                    },
                    {
                        "question": "Mogen we een kopie van de VOG bewaren?",
                        "answer": "<p>Dat is meestal niet nodig. Het is genoeg om te noteren dat de "
                        "kandidaat een VOG heeft laten zien en op welke datum. Zo verwerkt u zo "
                        "weinig mogelijk persoonsgegevens.</p>",
                    },
                    {
                        "question": "Hoe oud mag een VOG zijn?",
                        "answer": "<p>Een VOG heeft geen vaste geldigheidsduur, maar zegt alleen iets "
                        "over de situatie op het moment van afgifte. Veel organisaties vragen daarom "
                        "een recente VOG, bijvoorbeeld van niet ouder dan enkele maanden. Leg in uw "
                        "procedure vast wat u als recent beschouwt.</p>",
                    },
                    {
                        "question": "Mogen we kandidaten vragen welke sociale-media-accounts ze "
                        "hebben?",
                        "answer": "<p>Ja, u kunt in de vragenlijst vragen welke openbare accounts "
                        "een kandidaat gebruikt. Vraag niet om wachtwoorden of om toegang tot "
                        "besloten accounts; dat gaat te ver.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "screening-certificate-of-conduct-references-social-media",
            "title": "Certificate of conduct, references and social media: checking candidates "
            "while respecting privacy",
            "summary": (
                "How to arrange a certificate of conduct (VOG) for candidates, how to check "
                "references and social media, and what the GDPR says about the data you collect."
            ),
            "tags": [
                "certificate of conduct",
                "references",
                "social media",
                "privacy",
                "candidate screening",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Good screening rests on several pillars. What candidates tell you "
                    "themselves in the questionnaire and the screening interview is complemented "
                    "by information from outside: a certificate of conduct, conversations with "
                    "references and a look at what someone posts publicly on social media. Each of "
                    "these sources has its limits, but together they give a reasonable picture. "
                    "This guide explains how to use them while respecting candidates' privacy.</p>",
                ),
                ("heading", "The certificate of conduct (VOG)"),
                (
                    "paragraph",
                    "<p>A certificate of conduct (verklaring omtrent het gedrag, VOG) is issued by "
                    "Justis, the screening authority of the Ministry of Justice and Security. Justis "
                    "checks whether someone has offences on record that pose a risk for a specific "
                    "role. There is a separate screening profile for political office holders. It "
                    "applies to candidate representatives, such as candidate councillors, and to "
                    "candidate aldermen. State that profile in the application, or Justis may assess "
                    "against a different one.</p>"
                    "<p>A VOG is not compulsory for councillors. Many parties ask for one anyway, "
                    "because it is a simple and objective check. Aldermen are a different matter: "
                    "since 1 January 2023 they must be able to produce a VOG in order to be "
                    "appointed.</p>"
                    "<p>Be realistic about what a VOG tells you. It says nothing about debts, "
                    "conflicts of interest, how someone treats others, or matters for which they "
                    "were never convicted. A VOG is one part of the screening, never the whole "
                    "of it.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to arrange a VOG for your candidates",
                        "steps": [
                            {
                                "title": "Decide who needs to apply",
                                "text": "<p>Choose whether you ask all candidates for a VOG or "
                                "only those in electable positions, and record that choice in "
                                "your screening procedure.</p>",
                            },
                            {
                                "title": "Ask the municipality about local arrangements",
                                "text": "<p>Some municipalities reimburse the cost of a VOG for "
                                "candidates or organise a joint application for all parties. Ask "
                                "the elections department or the council clerk's office.</p>",
                            },
                            {
                                "title": "Complete the organisation's part",
                                "text": "<p>As the organisation, the party states what the VOG is "
                                "needed for and selects the screening profile for political office "
                                "holders. Check the Justis website for the current way to apply, "
                                "online or through the municipality, and for the cost.</p>",
                            },
                            {
                                "title": "Let the candidate complete the application",
                                "text": "<p>The candidate applies in their own name, online with "
                                "DigiD or at the municipal service desk. The VOG is sent to the "
                                "candidate personally.</p>",
                            },
                            {
                                "title": "Look at the VOG and record the outcome",
                                "text": "<p>Ask the candidate to show the VOG to the committee. "
                                "Only record that you have seen it and on what date; a copy is "
                                "usually unnecessary.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Allow for processing time",
                        "text": "<p>Expect a VOG to take a few weeks, and longer if Justis needs "
                        "to look into things further. So apply well before the members' meeting "
                        "that adopts the list of candidates. The current costs and processing times "
                        "are on the Justis website.</p>",
                    },
                ),
                ("heading", "Checking references"),
                (
                    "paragraph",
                    "<p>Ask each candidate for two or three references: people who know them from "
                    "work, volunteering or a club, and who are not family. A reference call rarely "
                    "takes more than fifteen minutes, yet it often yields valuable insight into how "
                    "someone works with others, how reliable they are and how they handle "
                    "pressure.</p>"
                    "<p>Always call with the candidate's consent and ask every reference the same "
                    "questions, for example:</p>"
                    "<ul>"
                    "<li>In what capacity did you work with the candidate, and for how long?</li>"
                    "<li>How does the candidate deal with disagreement and with confidential "
                    "information?</li>"
                    "<li>Does the candidate keep their promises?</li>"
                    "<li>Is there anything you think we should know before this person takes on a "
                    "public role?</li>"
                    "</ul>"
                    "<p>Keep your notes short and factual. A negative signal from one reference is "
                    "not a verdict; raise it with the candidate in the screening interview.</p>",
                ),
                ("heading", "Looking at social media"),
                (
                    "paragraph",
                    "<p>When a new list of candidates is published, journalists and political "
                    "opponents start by searching online. So do it yourself first. Look at the "
                    "candidate's public accounts on the well-known platforms and search for their "
                    "name in a search engine and in the local newspaper's archive. Watch out for "
                    "statements that are discriminatory, threatening or abusive, for posts that "
                    "clash with your party's programme, and for information about business "
                    "interests.</p>"
                    "<p>Keep the search proportionate:</p>"
                    "<ul>"
                    "<li>Only look at what is public. Do not create fake accounts or ask for access "
                    "to closed groups.</li>"
                    "<li>Stick to the candidate and leave family and friends out of it.</li>"
                    "<li>Go back a reasonable period and weigh old posts differently from recent "
                    "ones.</li>"
                    "<li>Keep only what you want to discuss with the candidate, not complete "
                    "screenshots of someone's timeline.</li>"
                    "</ul>"
                    "<p>After such a conversation, many candidates tidy up old posts themselves or "
                    "make an account private. That is fine, as long as they are honest about it if "
                    "questions come up later.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "It turned out that one candidate had shared some heated posts about a "
                            "neighbouring municipality years ago. He had forgotten all about them. "
                            "We talked it through, he distanced himself from them, and when the "
                            "newspaper asked about it later he had an honest answer ready straight "
                            "away."
                        ),
                        "name": "Ahmed",
                        "role": "secretary",
                        "party": "a local party in South Holland",
                    },
                ),
                ("heading", "Privacy: what is and isn't allowed?"),
                (
                    "paragraph",
                    "<p>When screening, your party processes personal data, some of it highly "
                    "sensitive. The General Data Protection Regulation (GDPR, in Dutch AVG) applies "
                    "to small associations too, and data about someone's criminal past enjoys extra "
                    "protection. Stick to these principles:</p>"
                    "<ul>"
                    "<li><b>Purpose</b>: use the data only to assess the candidacy and for nothing "
                    "else.</li>"
                    "<li><b>Transparency</b>: tell candidates in advance what data you collect, from "
                    "whom, why and for how long you keep it, for example in a privacy statement "
                    "attached to the procedure.</li>"
                    "<li><b>As little as possible</b>: only ask for and record what you need for "
                    "the assessment. For a VOG, only record that you have seen it.</li>"
                    "<li><b>Security</b>: do not keep documents in shared folders or group chats, "
                    "but somewhere only the committee can access.</li>"
                    "<li><b>Retention</b>: destroy notes as soon as the list has been adopted or "
                    "shortly afterwards, and put that period in writing.</li>"
                    "<li><b>The candidate's rights</b>: candidates may ask what data you hold about "
                    "them and have incorrect data corrected.</li>"
                    "</ul>"
                    "<p>If you are unsure about a particular situation, check the website of the "
                    "Dutch Data Protection Authority (Autoriteit Persoonsgegevens) or put your "
                    "question to the Kennispunt helpdesk.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Before you start checking",
                        "items": [
                            "The candidate has given written consent for calling references and "
                            "looking at social media",
                            "The VOG has been requested with the screening profile for political "
                            "office holders",
                            "You have asked the municipality about reimbursement or a joint "
                            "application",
                            "The same questions are ready for every reference",
                            "You have agreed which social media and which period you will look at",
                            "There is a secure place for notes, with a fixed retention period",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "What happens if Justis refuses the VOG?",
                            "answer": "<p>Justis first announces that it intends to refuse, and "
                            "the candidate can respond. If Justis maintains the refusal, the "
                            "candidate can lodge an objection. For a candidate councillor, your "
                            "party decides what a refusal means. A candidate alderman without a "
                            "VOG cannot be appointed.</p>",
                        },
                        {
                            "question": "May we keep a copy of the VOG?",
                            "answer": "<p>Usually there is no need. It is enough to record that "
                            "the candidate showed you a VOG and on what date. That way you process "
                            "as little personal data as possible.</p>",
                        },
                        {
                            "question": "How old can a VOG be?",
                            "answer": "<p>A VOG has no fixed period of validity; it only reflects "
                            "the situation on the date it was issued. That is why many "
                            "organisations ask for a recent one, for example no more than a few "
                            "months old. State in your procedure what you consider recent.</p>",
                        },
                        {
                            "question": "May we ask candidates which social media accounts they "
                            "have?",
                            "answer": "<p>Yes, your questionnaire can ask which public accounts a "
                            "candidate uses. Do not ask for passwords or access to private "
                            "accounts; that goes too far.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "screening-wethouders-risicoanalyse",
        "title": "Kandidaat-wethouders screenen: VOG en risicoanalyse integriteit",
        "summary": (
            "Wat de wet vraagt van een kandidaat-wethouder, hoe de risicoanalyse integriteit van "
            "de gemeente werkt en wat uw partij vooraf zelf kan doen."
        ),
        "tags": ["wethouder", "risicoanalyse", "integriteit", "collegevorming", "screening"],
        "related": [
            "screening-procedure",
            "screening-vog-referenties-sociale-media",
            "programma-schrijven",
        ],
        "body": [
            (
                "paragraph",
                "<p>Na de verkiezingen gaat het snel. Binnen enkele weken onderhandelen partijen "
                "over een coalitie en moeten er wethouders worden voorgedragen. Voor lokale partijen "
                "komt dat moment soms onverwacht: de uitslag is beter dan gedacht en opeens is er "
                "een plaats in het college te vervullen. Wie dan pas gaat nadenken over de "
                "integriteit van de beoogde wethouder, loopt risico. Een wethouder beheert een "
                "portefeuille, neemt besluiten over geld, vergunningen en subsidies, en staat nog "
                "meer in de schijnwerpers dan een raadslid.</p>"
                "<p>Voor kandidaat-wethouders gelden daarom strengere regels dan voor raadsleden. "
                "Een deel daarvan is wettelijk verplicht, een deel regelt de gemeente zelf. "
                "Daarnaast is het verstandig als uw partij vooraf haar eigen huiswerk doet.</p>",
            ),
            ("heading", "Wat de wet vraagt"),
            (
                "paragraph",
                "<p>Sinds 1 januari 2023 moet een kandidaat-wethouder een verklaring omtrent het "
                "gedrag (VOG) kunnen overleggen om benoemd te worden. Zonder VOG geen benoeming. "
                "Justis toetst daarbij aan het screeningsprofiel voor politieke ambtsdragers. Vraag "
                "de VOG daarom zo vroeg mogelijk aan, liefst zodra duidelijk is wie uw partij voor "
                "een wethouderspost in gedachten heeft.</p>"
                "<p>Daarnaast stelt de Gemeentewet eisen aan wie wethouder mag worden. Sommige "
                "functies gaan niet samen met het wethouderschap, en een wethouder mag bepaalde "
                "handelingen niet verrichten, zoals bepaalde zakelijke transacties met de eigen "
                "gemeente. Nevenfuncties moeten openbaar worden gemaakt. De griffier of de "
                "gemeentesecretaris kan uitleggen wat dat in uw situatie betekent.</p>",
            ),
            ("heading", "De risicoanalyse integriteit van de gemeente"),
            (
                "paragraph",
                "<p>De meeste gemeenten laten kandidaat-wethouders vóór hun benoeming een "
                "risicoanalyse integriteit ondergaan. Vaak ligt dat vast in een verordening of in "
                "het reglement van orde van de raad. Meestal is de burgemeester verantwoordelijk, en "
                "regelmatig voert een extern bureau het onderzoek uit. Er ligt een wetsvoorstel om "
                "de risicoanalyse voor alle gemeenten verplicht te maken en de werkwijze gelijk te "
                "trekken. Kijk bij uw eigen gemeente wat op dit moment geldt.</p>"
                "<p>Een risicoanalyse is geen examen waarvoor je slaagt of zakt. Het doel is risico's "
                "in beeld te brengen en afspraken te maken om ze te beheersen. Meestal bestaat het "
                "onderzoek uit:</p>"
                "<ul>"
                "<li>een uitgebreide vragenlijst over nevenfuncties, financiële belangen, schulden, "
                "vastgoed, relaties en eerdere incidenten;</li>"
                "<li>onderzoek in openbare bronnen, zoals het handelsregister, het kadaster, "
                "nieuwsarchieven en sociale media;</li>"
                "<li>een gesprek met de kandidaat, soms in aanwezigheid van de burgemeester;</li>"
                "<li>een vertrouwelijk rapport met de gevonden risico's en voorgestelde "
                "maatregelen.</li>"
                "</ul>"
                "<p>Wie het rapport te zien krijgt, verschilt per gemeente. Vaak zijn dat de "
                "kandidaat en de burgemeester, en horen de fractievoorzitters of de formateur alleen "
                "de conclusie.</p>",
            ),
            (
                "table",
                {
                    "caption": "Wie screent een kandidaat-wethouder?",
                    "header": ["Onderdeel", "Wie voert het uit?", "Verplicht?"],
                    "rows": [
                        [
                            "Eigen screening door de partij",
                            "De partij, bijvoorbeeld een screeningscommissie",
                            "Nee, wel sterk aan te raden",
                        ],
                        [
                            "Verklaring omtrent het gedrag (VOG)",
                            "Justis, op aanvraag van de kandidaat",
                            "Ja, voor benoeming tot wethouder",
                        ],
                        [
                            "Risicoanalyse integriteit",
                            "De gemeente, vaak via een extern bureau",
                            "Afhankelijk van de gemeente; een wettelijke plicht is in voorbereiding",
                        ],
                        [
                            "Openbaar maken van nevenfuncties",
                            "De wethouder zelf, via de gemeente",
                            "Ja",
                        ],
                        [
                            "Toets op benoembaarheid en onverenigbare functies",
                            "De gemeenteraad, bij de benoeming",
                            "Ja",
                        ],
                    ],
                },
            ),
            ("heading", "Wat uw partij vooraf zelf doet"),
            (
                "steps",
                {
                    "title": "Zo bereidt uw partij een kandidaat-wethouder voor",
                    "steps": [
                        {
                            "title": "Bespreek het wethouderschap al bij de lijstvorming",
                            "text": "<p>Vraag al bij de kandidaatstelling wie beschikbaar is voor "
                            "een wethouderspost. Dan heeft u bij de uitslag al namen, en kunnen die "
                            "kandidaten op tijd een VOG aanvragen.</p>",
                        },
                        {
                            "title": "Houd een verdiepend screeningsgesprek",
                            "text": "<p>Bespreek met de beoogde wethouder de onderwerpen uit de "
                            "risicoanalyse: nevenfuncties, financiële belangen, vastgoed in de "
                            "gemeente, familie die bij of voor de gemeente werkt en zaken uit het "
                            "verleden. U kunt het beter als eerste horen dan de burgemeester of de "
                            "pers.</p>",
                        },
                        {
                            "title": "Screen externe kandidaten net zo zorgvuldig",
                            "text": "<p>Lokale partijen kiezen regelmatig een wethouder van buiten "
                            "de eigen kring. Screen zo'n externe kandidaat minstens zo zorgvuldig "
                            "als een eigen lid, met referenties uit eerdere bestuursfuncties.</p>",
                        },
                        {
                            "title": "Maak afspraken over nevenfuncties en afdracht",
                            "text": "<p>Leg vast welke nevenfuncties de kandidaat neerlegt, hoe hij "
                            "of zij omgaat met mogelijke belangenverstrengeling en wat de partij "
                            "verwacht, bijvoorbeeld over een afdracht aan de partij.</p>",
                        },
                        {
                            "title": "Bereid het onderzoek van de gemeente voor",
                            "text": "<p>Loop de vragenlijst van de gemeente vooraf samen door. Zorg "
                            "dat de kandidaat volledig en eerlijk antwoordt; een weggelaten "
                            "nevenfunctie die later uitkomt, is schadelijker dan de functie "
                            "zelf.</p>",
                        },
                        {
                            "title": "Communiceer zorgvuldig",
                            "text": "<p>Maak de naam van een kandidaat-wethouder pas bekend als de "
                            "VOG er is en de risicoanalyse geen onoverkomelijke bezwaren oplevert. "
                            "Zo voorkomt u dat iemand publiekelijk moet afhaken.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Handreikingen van de rijksoverheid",
                    "text": "<p>Het ministerie van Binnenlandse Zaken publiceert op zijn website "
                    "over politieke ambtsdragers handreikingen over integriteit en over de "
                    "risicoanalyse voor kandidaat-bestuurders. Gebruik die als aanvulling op de "
                    "regeling van uw eigen gemeente.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "We hadden onze kandidaat-wethouder al in januari gescreend, ruim voor de "
                        "verkiezingen. Toen de formatie begon, lag zijn VOG klaar en wist hij precies "
                        "wat het externe bureau zou vragen. Dat scheelde ons een week in de "
                        "onderhandelingen."
                    ),
                    "name": "Joost",
                    "role": "fractievoorzitter",
                    "party": "een lokale partij in Noord-Brabant",
                },
            ),
            ("heading", "Privacy bij de risicoanalyse"),
            (
                "paragraph",
                "<p>De risicoanalyse gaat over zeer persoonlijke zaken, zoals geld en familie. Ook "
                "uw partij krijgt daar soms informatie over. Ga daar net zo zorgvuldig mee om als bij "
                "de screening van raadsleden: deel niets met de hele fractie of het hele bestuur, "
                "bewaar niets langer dan nodig en spreek met de kandidaat af wat u wel en niet mag "
                "doorvertellen.</p>"
                "<p>Trekt een kandidaat zich na de risicoanalyse terug, geef dan een neutrale "
                "verklaring, bijvoorbeeld dat hij of zij om persoonlijke redenen afziet van het "
                "wethouderschap. Zo beschermt u iemand die een verstandige keuze heeft gemaakt.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Checklist kandidaat-wethouder",
                    "items": [
                        "VOG aangevraagd met het screeningsprofiel voor politieke ambtsdragers",
                        "Regeling voor de risicoanalyse integriteit opgevraagd bij de griffie of "
                        "de burgemeester",
                        "Eigen screeningsgesprek gevoerd, ook met externe kandidaten",
                        "Overzicht van nevenfuncties en financiële belangen compleet",
                        "Afspraken over neer te leggen functies en de afdracht schriftelijk "
                        "vastgelegd",
                        "Communicatieplan klaar, ook voor het geval een kandidaat zich terugtrekt",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Wanneer moet de VOG van een kandidaat-wethouder er zijn?",
                        "answer": "<p>De VOG moet er zijn op het moment dat de raad de wethouder "
                        "benoemt. Omdat de aanvraag enkele weken kan duren, is het verstandig hem "
                        "aan te vragen zodra duidelijk is wie uw partij voordraagt, of zelfs al "
                        "voor de verkiezingen.</p>",
                    },
                    {
                        "question": "Wat als de risicoanalyse risico's oplevert?",
                        "answer": "<p>Meestal leidt dat tot maatregelen, zoals het neerleggen van "
                        "een nevenfunctie, het overdragen van een onderwerp aan een collega-"
                        "wethouder of het afstoten van een belang. Alleen als risico's niet te "
                        "beheersen zijn, ligt terugtrekken voor de hand.</p>",
                    },
                    {
                        "question": "Wie betaalt de risicoanalyse?",
                        "answer": "<p>De risicoanalyse van de gemeente wordt doorgaans door de "
                        "gemeente geregeld en betaald. Uw eigen screening en de kosten van een VOG "
                        "regelt uw partij of de kandidaat zelf, tenzij de gemeente daar een "
                        "vergoeding voor heeft. Vraag dit na bij de griffie.</p>",
                    },
                    {
                        "question": "Geldt dit ook voor een wethouder van buiten de gemeenteraad?",
                        "answer": "<p>Ja. Voor iedere kandidaat-wethouder gelden dezelfde wettelijke "
                        "eisen, of hij of zij nu op de kandidatenlijst stond of van buiten "
                        "komt.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "screening-candidate-aldermen-risk-analysis",
            "title": "Screening candidate aldermen: certificate of conduct and integrity risk "
            "analysis",
            "summary": (
                "What the law requires of a candidate alderman, how the municipality's integrity "
                "risk analysis works and what your party can do itself beforehand."
            ),
            "tags": [
                "alderman",
                "risk analysis",
                "integrity",
                "coalition forming",
                "candidate screening",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>After the elections, things move quickly. Within a few weeks parties are "
                    "negotiating a coalition and aldermen (wethouders) have to be nominated. For "
                    "local parties that moment sometimes comes as a surprise: the result is better "
                    "than expected and suddenly there is a seat on the executive to fill. If you "
                    "only start thinking about the integrity of your intended alderman at that "
                    "point, you are taking a risk. An alderman runs a portfolio, takes decisions "
                    "on money, permits and grants, and is even more in the spotlight than a "
                    "councillor.</p>"
                    "<p>Candidate aldermen therefore face stricter rules than councillors. Some of "
                    "these are required by law, others are set by the municipality itself. On top "
                    "of that, it is wise for your party to do its own homework in advance.</p>",
                ),
                ("heading", "What the law requires"),
                (
                    "paragraph",
                    "<p>Since 1 January 2023, a candidate alderman must be able to produce a "
                    "certificate of conduct (VOG) in order to be appointed. No VOG, no appointment. "
                    "Justis assesses the application against the screening profile for political "
                    "office holders. So apply as early as possible, ideally as soon as it is clear "
                    "whom your party has in mind for an alderman's post.</p>"
                    "<p>In addition, the Municipalities Act (Gemeentewet) sets requirements for who "
                    "can become an alderman. Some positions are incompatible with the office, and "
                    "an alderman may not carry out certain acts, such as certain business "
                    "transactions with their own municipality. Other positions must be made public. "
                    "The council clerk (griffier) or the municipal secretary can explain what this "
                    "means in your situation.</p>",
                ),
                ("heading", "The municipality's integrity risk analysis"),
                (
                    "paragraph",
                    "<p>Most municipalities have candidate aldermen undergo an integrity risk "
                    "analysis (risicoanalyse integriteit) before they are appointed. This is often "
                    "laid down in a by-law or in the council's rules of procedure. The mayor is "
                    "usually responsible, and the investigation is regularly carried out by an "
                    "external agency. A bill has been tabled to make the risk analysis compulsory "
                    "for all municipalities and to harmonise how it is done. Check with your own "
                    "municipality what currently applies.</p>"
                    "<p>A risk analysis is not an exam you pass or fail. Its purpose is to identify "
                    "risks and agree on ways to manage them. The investigation usually "
                    "consists of:</p>"
                    "<ul>"
                    "<li>an extensive questionnaire on other positions, financial interests, debts, "
                    "property, relationships and past incidents;</li>"
                    "<li>research in public sources, such as the trade register, the land registry, "
                    "news archives and social media;</li>"
                    "<li>an interview with the candidate, sometimes with the mayor present;</li>"
                    "<li>a confidential report setting out the risks found and the proposed "
                    "measures.</li>"
                    "</ul>"
                    "<p>Who gets to see the report differs between municipalities. Often it is the "
                    "candidate and the mayor, while the group leaders or the person leading the "
                    "coalition talks only hear the conclusion.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Who screens a candidate alderman?",
                        "header": ["Element", "Carried out by", "Compulsory?"],
                        "rows": [
                            [
                                "The party's own screening",
                                "The party, for example a screening committee",
                                "No, but strongly recommended",
                            ],
                            [
                                "Certificate of conduct (VOG)",
                                "Justis, at the candidate's request",
                                "Yes, for appointment as alderman",
                            ],
                            [
                                "Integrity risk analysis",
                                "The municipality, often through an external agency",
                                "Depends on the municipality; a legal duty is being prepared",
                            ],
                            [
                                "Publishing other positions",
                                "The alderman, through the municipality",
                                "Yes",
                            ],
                            [
                                "Check on eligibility and incompatible positions",
                                "The municipal council, at the appointment",
                                "Yes",
                            ],
                        ],
                    },
                ),
                ("heading", "What your party does itself beforehand"),
                (
                    "steps",
                    {
                        "title": "How your party prepares a candidate alderman",
                        "steps": [
                            {
                                "title": "Raise the alderman question when drawing up the list",
                                "text": "<p>Ask during candidate nomination who would be "
                                "available for an alderman's post. That way you already have names "
                                "when the results come in, and those candidates can apply for a "
                                "VOG in time.</p>",
                            },
                            {
                                "title": "Hold an in-depth screening interview",
                                "text": "<p>Go through the topics of the risk analysis with your "
                                "intended alderman: other positions, financial interests, property "
                                "in the municipality, relatives who work at or for the "
                                "municipality, and matters from the past. Better that you hear it "
                                "first than the mayor or the press.</p>",
                            },
                            {
                                "title": "Screen outside candidates just as carefully",
                                "text": "<p>Local parties regularly choose an alderman from outside "
                                "their own circle. Screen such an outside candidate at least as "
                                "carefully as one of your own members, with references from "
                                "previous board or executive roles.</p>",
                            },
                            {
                                "title": "Agree on other positions and contributions",
                                "text": "<p>Record which other positions the candidate will give "
                                "up, how they will deal with possible conflicts of interest and "
                                "what the party expects, for example a contribution to the party "
                                "from their salary.</p>",
                            },
                            {
                                "title": "Prepare for the municipality's investigation",
                                "text": "<p>Go through the municipality's questionnaire together "
                                "beforehand. Make sure the candidate answers fully and honestly; an "
                                "omitted side position that comes out later does more damage than "
                                "the position itself.</p>",
                            },
                            {
                                "title": "Communicate carefully",
                                "text": "<p>Only announce a candidate alderman's name once the VOG "
                                "is in and the risk analysis has raised no insurmountable "
                                "objections. That prevents someone from having to pull out in "
                                "public.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Guidance from central government",
                        "text": "<p>On its website for political office holders, the Ministry of "
                        "the Interior publishes guidance on integrity and on the risk analysis for "
                        "candidate executives. Use it alongside your own municipality's "
                        "rules.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We had already screened our candidate alderman in January, well before "
                            "the elections. When the coalition talks began, his VOG was ready and "
                            "he knew exactly what the external agency would ask. That saved us a "
                            "week in the negotiations."
                        ),
                        "name": "Joost",
                        "role": "group leader on the council",
                        "party": "a local party in North Brabant",
                    },
                ),
                ("heading", "Privacy in the risk analysis"),
                (
                    "paragraph",
                    "<p>The risk analysis deals with very personal matters, such as money and "
                    "family. Your party will sometimes receive information about these too. Handle "
                    "it as carefully as in the screening of councillors: do not share anything "
                    "with the whole council group or the whole board, keep nothing longer than "
                    "necessary and agree with the candidate what you may and may not pass on.</p>"
                    "<p>If a candidate withdraws after the risk analysis, issue a neutral statement, "
                    "for example that they have decided not to become an alderman for personal "
                    "reasons. That protects someone who has made a sensible choice.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Candidate alderman checklist",
                        "items": [
                            "VOG requested with the screening profile for political office holders",
                            "The municipality's rules for the integrity risk analysis obtained from "
                            "the clerk's office or the mayor",
                            "Own screening interview held, including with outside candidates",
                            "Complete overview of other positions and financial interests",
                            "Agreements on positions to give up and on contributions put in "
                            "writing",
                            "Communication plan ready, including for the case that a candidate "
                            "withdraws",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "When does a candidate alderman's VOG need to be ready?",
                            "answer": "<p>The VOG must be available when the council appoints the "
                            "alderman. Since the application can take several weeks, it is wise to "
                            "apply as soon as it is clear whom your party will nominate, or even "
                            "before the elections.</p>",
                        },
                        {
                            "question": "What if the risk analysis identifies risks?",
                            "answer": "<p>Usually that leads to measures, such as giving up another "
                            "position, handing a subject over to a fellow alderman or disposing of "
                            "an interest. Only if the risks cannot be managed is withdrawal the "
                            "obvious step.</p>",
                        },
                        {
                            "question": "Who pays for the risk analysis?",
                            "answer": "<p>The municipality's risk analysis is usually arranged and "
                            "paid for by the municipality. Your own screening and the cost of a VOG "
                            "are for your party or the candidate, unless the municipality offers a "
                            "reimbursement. Ask the council clerk's office.</p>",
                        },
                        {
                            "question": "Does this also apply to an alderman from outside the "
                            "council?",
                            "answer": "<p>Yes. The same legal requirements apply to every "
                            "candidate alderman, whether or not they were on the list of "
                            "candidates.</p>",
                        },
                    ],
                ),
            ],
        },
    },
]
