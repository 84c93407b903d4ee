#!/usr/bin/env python3
"""Prints one upload batch (protocol.md) with the registration card a guest fills on the demo's
tablet: Patrick Martin again, now with his own e-mail, consents and signature."""
import hashlib, json, uuid, datetime

strokes = "M 12 40 C 30 10 50 70 80 30 L 120 45"
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()
today = datetime.date.today()
print(json.dumps({"batch_id": str(uuid.uuid4()), "submissions": [{
    "submission_id": str(uuid.uuid4()), "kind": "registration_card", "captured_at": now, "language": "fr",
    "guest": {"title": "M.", "first_name": "Patrick", "last_name": "Martin", "birth_date": "1956-12-28",
              "birth_place": "Lyon", "nationality": "FR", "email": "patrick.martin56@orange.fr",
              "phone": "+33 6 52 52 72 72",
              "address": {"line1": "12 rue des Lilas", "postcode": "69003", "city": "Lyon", "country": "FR"}},
    "stay": {"arrival": today.isoformat(), "departure": (today + datetime.timedelta(days=2)).isoformat(),
             "adults": 1, "children": 0},
    "consents": [{"purpose": "marketing_email", "granted": True, "text_id": "consent.marketing_email",
                  "text_version": 1, "language": "fr", "captured_at": now}],
    "signature": {"format": "svg-path", "data": strokes, "sha256": hashlib.sha256(strokes.encode()).hexdigest()}}]}))
