"""Word lists shared by the database analysis (search/analysis.py) and the OpenSearch index
settings (search/conf.py). Plain data: no Django imports."""


def word_list(text):
    return text.split()


# Parts of the compounds readers and editors use; a compound that contains one of these
# (e.g. "ledenwerfactie", "gemeenteraadsverkiezingen") also matches the part on its own.
DUTCH_COMPOUND_PARTS = sorted(
    set(
        word_list(
            """
            actie acties administratie afdracht afdrachten analyse bestuur boek boekhouding
            boodschap budget bureau campagne coalitie combinatie commissie contributie
            crowdfunding debat debatten deur donatie donaties doel doelgroep fonds fondsen fusie
            gedrag gemeente gift giften groep integriteit kandidaat kandidaten kiezer kiezers kraam
            leden lijst lijsten lijsttrekker markt media naam notaris onderhandeling
            onderhandelingen ondersteuning oprichting partij partijen plan procedure programma
            raad referentie referenties risico samenwerking screening sponsor sponsoring statuten
            stelling stembureau team trekker vereniging vergadering verkiezing verkiezingen
            verklaring verklaringen vragen vragenlijst vrijwilliger vrijwilligers waarborgsom werf
            werving wethouder wethouders
            """
        )
    )
)

DUTCH_STOP_WORDS = frozenset(
    word_list(
        """
        aan al alle als ben bij dan dat de der deze die dit doe doen door dus een en er ga gaan
        had heb hebben heeft het hier hij hoe hun ik in is je jij jullie kan kun kunnen maar me
        men met mij mijn moet moeten na naar niet nog nu of om omtrent onder ons onze ook op over
        te tot u uit uw van veel voor waar wanneer wat we welke wie wij wil willen word worden
        wordt zal ze zelf zich zij zijn zo zonder zou
        """
    )
)

ENGLISH_STOP_WORDS = frozenset(
    word_list(
        """
        a about an and are as at be by can do does for from get got how i if in into is it its
        me my of on or our should so that the their them there they this to us was we what when
        where which who why will with you your
        """
    )
)

# Irregular forms the Snowball stemmers do not bring together.
DUTCH_IRREGULAR = {"lid": "leden", "leden": "leden"}
