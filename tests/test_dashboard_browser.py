"""The dashboard in a real browser: headless Chromium, driven by Selenium, against
`diplograph serve` on a database ingested from our own texts (test_serve_api's fixture)."""
from pathlib import Path

import pytest
from test_serve_api import Server, ingest_fixture

pytestmark = pytest.mark.model

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
    pytest.skip(f"{CHROMIUM} or {CHROMEDRIVER} is missing (apt-get install chromium chromium-driver; .ci/run does)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is a test dependency: pip install -r requirements.lock")

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

WAIT = 20


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(ingest_fixture(tmp_path_factory.mktemp("dashboard")))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--window-size=1200,1600"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT)
    yield driver
    driver.quit()


def wait_for(browser, condition, what: str):
    return WebDriverWait(browser, WAIT).until(lambda b: condition(b), message=f"timed out waiting for {what}")


def loaded(browser, dyad: str) -> None:
    wait_for(browser, lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-dyad") == dyad, f"{dyad} loaded")


def shown_events(browser, modality: str, month: str = "") -> list:
    wait_for(browser, lambda b: (b.find_element(By.ID, "events").get_attribute("data-query") or "").endswith(f"|{modality}|{month}"),
             f"the {modality} events")
    return browser.find_elements(By.CSS_SELECTOR, "#events tbody tr")


def test_pick_a_dyad_see_chart_events_and_agreements(server, browser):
    browser.get(server.url + "/")
    loaded(browser, "IRN,RUS")   # the showcase pair is picked first when present
    picker = Select(browser.find_element(By.ID, "dyad-picker"))
    assert picker.first_selected_option.text.startswith("Iran – Russia")
    assert browser.find_element(By.ID, "message").get_attribute("hidden") is not None, browser.find_element(By.ID, "message").text

    # another pair, then back: each pick redraws everything
    picker.select_by_value("IRN,USA")
    loaded(browser, "IRN,USA")
    assert browser.find_elements(By.CSS_SELECTOR, "#chart rect.bar.conflict")
    assert not browser.find_elements(By.CSS_SELECTOR, "#chart rect.bar.coop")
    assert [r.get_attribute("data-modality") for r in shown_events(browser, "asserted")] == ["asserted"]
    picker.select_by_value("IRN,RUS")
    loaded(browser, "IRN,RUS")

    # the chart: one bar per month and direction with events, a Goldstein point per month
    coop = browser.find_elements(By.CSS_SELECTOR, "#chart rect.bar.coop")
    conflict = browser.find_elements(By.CSS_SELECTOR, "#chart rect.bar.conflict")
    points = browser.find_elements(By.CSS_SELECTOR, "#chart circle.point")
    assert coop and conflict and len(points) >= 2
    assert all(float(r.get_attribute("height")) > 0 for r in coop + conflict)
    assert {p.get_attribute("data-month") for p in points} >= {r.get_attribute("data-month") for r in coop + conflict}
    months = int(browser.find_element(By.ID, "chart").get_attribute("data-months"))
    assert months == len(browser.find_elements(By.CSS_SELECTOR, "#chart rect.month-hit")) >= len(points)

    # the events, with their evidence sentences
    rows = shown_events(browser, "asserted")
    assert len(rows) >= 3
    for row in rows:
        assert row.get_attribute("data-modality") == "asserted"
        assert len(row.find_element(By.CSS_SELECTOR, ".sentence").text) > 20
    assert any("signed a strategic partnership treaty" in r.text for r in rows)

    # the agreement, from signing to ratification
    card = browser.find_element(By.CSS_SELECTOR, "#agreements .agreement")
    steps = {li.get_attribute("data-step"): li.text for li in card.find_elements(By.CSS_SELECTOR, ".steps li")}
    assert "2025-01-17" in steps["signed"] and "2025-04-21" in steps["ratified RUS"]
    assert "not reported" in steps["in force"]


def test_modality_filter_and_month_selection_change_the_list(server, browser):
    browser.get(server.url + "/#IRN,RUS")
    loaded(browser, "IRN,RUS")
    asserted = {r.get_attribute("data-id") for r in shown_events(browser, "asserted")}

    Select(browser.find_element(By.ID, "modality")).select_by_value("negated")
    negated = shown_events(browser, "negated")
    assert negated and all(r.get_attribute("data-modality") == "negated" for r in negated)
    assert not asserted & {r.get_attribute("data-id") for r in negated}
    assert "did not send troops" in negated[0].text

    Select(browser.find_element(By.ID, "modality")).select_by_value("all")
    every = shown_events(browser, "all")
    assert {r.get_attribute("data-modality") for r in every} >= {"asserted", "negated", "hedged"}
    assert len(every) > len(asserted)

    # clicking a month of the chart lists that month's events only
    Select(browser.find_element(By.ID, "modality")).select_by_value("asserted")
    shown_events(browser, "asserted")
    browser.find_element(By.CSS_SELECTOR, '#chart rect.month-hit[data-month="2025-04"]').click()
    april = shown_events(browser, "asserted", "2025-04")
    assert april and all(r.find_element(By.CSS_SELECTOR, "td.date").text.startswith("2025-04") for r in april)
    assert len(april) < len(asserted)
    browser.find_element(By.ID, "clear-month").click()
    assert len(shown_events(browser, "asserted")) == len(asserted)
