"""`diplograph actor` shows the office behind a person's code, and which date it was read on."""
from typer.testing import CliRunner

from diplograph.cli import app


def run(*args):
    r = CliRunner().invoke(app, ["actor", *args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.stdout.strip().splitlines()


def test_without_a_date_a_former_minister_shows_the_latest_office_and_its_end():
    header, row = run("Heiko Maas", "-f", "csv")
    assert header.endswith(",office")
    assert row.startswith("DEUGOV,DEU,GOV,") and "Foreign Minister (2018-03-14 to 2021-12-08)" in row


def test_a_date_inside_the_term_shows_that_term():
    header, row = run("Heiko Maas", "--date", "2019-01-01", "-f", "csv")
    assert row.startswith("DEUGOV,") and "2018-03-14 to 2021-12-08" in row


def test_a_date_after_the_term_is_strict_and_shows_no_office():
    header, row = run("Heiko Maas", "--date", "2023-01-01", "-f", "csv")
    assert header == "code,country,sector,entity" and row.startswith("DEU,DEU,,")


def test_a_seat_of_power_has_no_office_column():
    header, row = run("the Kremlin", "-f", "csv")
    assert header == "code,country,sector,entity" and row.startswith("RUSGOV,")


def test_an_office_with_no_role_label_shows_its_sector():
    header, row = run("Nur Mohammad Taraki", "-f", "csv")
    assert row.startswith("AFGGOV,") and "None" not in row and "GOV (1978-04-30 to 1979-09-16)" in row
