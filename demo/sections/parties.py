"""The register of fictional local parties and a few approved demo members (parties/demo.py
holds both lists); sections after this one may give those members content."""

from parties.demo import load_demo_members, load_demo_parties


def load(demo, pages):
    parties = load_demo_parties()
    members = load_demo_members(parties)
    demo.log(f"Demo parties: {len(parties)} local parties, {len(members)} approved members.")
