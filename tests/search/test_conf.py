import pytest
from django.core.exceptions import ImproperlyConfigured

from search.conf import ELASTICSEARCH_BACKEND, OPENSEARCH_BACKEND, search_backends


def test_no_url_means_the_database_backend():
    assert search_backends(None)["default"]["BACKEND"] == "wagtail.search.backends.database"


def test_opensearch_gets_dutch_and_english_analysis():
    config = search_backends("https://user:secret@search.example.org", index_prefix="x_")["default"]
    assert config["BACKEND"] == OPENSEARCH_BACKEND
    [host] = config["HOSTS"]
    assert host["host"] == "search.example.org" and host["port"] == 443 and host["use_ssl"]
    assert host["http_auth"] == ("user", "secret")
    assert config["INDEX_PREFIX"] == "x_"
    analysis = config["INDEX_SETTINGS"]["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"][-1] == "kennispunt_dutch_stemmer"
    compounds = analysis["filter"]["kennispunt_compounds"]
    assert compounds["type"] == "dictionary_decompounder" and "leden" in compounds["word_list"]
    assert "kennispunt_english" in analysis["analyzer"]


def test_elasticsearch_is_a_configuration_choice():
    config = search_backends("http://127.0.0.1:9200", engine="elasticsearch")["default"]
    assert config["BACKEND"] == ELASTICSEARCH_BACKEND


def test_unknown_engine_stops_start_up():
    with pytest.raises(ImproperlyConfigured, match="SEARCH_ENGINE"):
        search_backends("http://127.0.0.1:9200", engine="solr")


def test_one_node_is_asked_once():
    config = search_backends("http://127.0.0.1:9200")["default"]
    assert config["OPTIONS"] == {"max_retries": 0}
    assert "number_of_replicas" not in config["INDEX_SETTINGS"]["settings"]


def test_the_nodes_of_a_cluster_each_get_a_request_a_node_cannot_answer():
    urls = "http://127.0.0.1:9201,http://127.0.0.1:9202, http://127.0.0.1:9203"
    config = search_backends(urls, replicas=1)["default"]
    assert [(host["host"], host["port"]) for host in config["HOSTS"]] == [
        ("127.0.0.1", 9201),
        ("127.0.0.1", 9202),
        ("127.0.0.1", 9203),
    ]
    assert config["OPTIONS"] == {"max_retries": 2}
    index = config["INDEX_SETTINGS"]["settings"]
    assert (
        index["number_of_replicas"] == 1 and "kennispunt_compounds" in index["analysis"]["filter"]
    )


@pytest.mark.django_db
def test_replicas_of_the_readers_index(settings):
    from search.engines.opensearch_index import index_body

    settings.SEARCH_INDEX_REPLICAS = None
    assert index_body("nl")["settings"]["number_of_replicas"] == 0
    settings.SEARCH_INDEX_REPLICAS = 1
    assert index_body("nl")["settings"]["number_of_replicas"] == 1
