"""docs/screenshots.py (the README's console screenshots) still works: its demo data goes in through
the live server, its browser actions succeed, and it writes a PNG of each page."""
from __future__ import annotations

from PIL import Image

from docs import screenshots
from tests.helpers import TIPSTER


def test_the_screenshot_script_seeds_acts_and_writes_every_png(live, browser, fake_twilio, tmp_path):
    assert screenshots.MAIN_TIPSTER == TIPSTER
    data = screenshots.seed(live.services, live.phone, live.work, fake_twilio.add_media)
    shots = screenshots.shoot(browser, live.base, data, live.work, tmp_path / "shots")
    assert sorted(shots) == sorted(screenshots.SHOTS)
    for name, path in shots.items():
        with Image.open(path) as img:
            assert img.format == "PNG" and img.width == 1280 and img.height >= 900, (name, img.size)
    relayed = [m["body"] for m in fake_twilio.sent_to(TIPSTER)]
    assert any(body.startswith(f"Avon and Somerset Police re {data['tip_id']}: Thanks.") for body in relayed)
