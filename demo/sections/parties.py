"""The register of fictional local parties (parties/demo.py holds the list)."""

from parties.demo import load_demo_parties


def load(demo, pages):
    parties = load_demo_parties()
    demo.log(f"Demo parties: {len(parties)} local parties in the register.")
