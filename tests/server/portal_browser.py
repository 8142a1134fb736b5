#!/usr/bin/python3
"""The family portal in a real browser (issue 18): headless Chromium driven by
Selenium, against a running k12-server seeded with FamilyFixture's story.

Follows the invitation links of the emails the server sent (read from the
SMTP sink's maildir), sets passwords, signs in, reads the grades, checks that
the student named <script>alert(1)</script> and the assignment titled
"><img src=x onerror=alert(1)> are text (no dialog, no element), that a second
guardian's session cannot open the first family's pages, and that a form
posted without its CSRF token is refused. With --screenshots DIR it saves the
portal at phone and desktop widths. Exit code 0 when every check holds; each
failed check is printed."""
import argparse
import email
import email.policy
import os
import re
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import (NoAlertPresentException, StaleElementReferenceException,
                                        WebDriverException)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "a long enough password"
failures = []


def check(condition, what):
    if condition:
        print("ok  ", what)
    else:
        print("FAIL", what)
        failures.append(what)
    return condition


def invitation_links(maildir, wait_seconds):
    """{recipient: accept URL} of the invitation emails in maildir/new."""
    links = {}
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        directory = os.path.join(maildir, "new")
        for name in sorted(os.listdir(directory)) if os.path.isdir(directory) else []:
            with open(os.path.join(directory, name), "rb") as f:
                msg = email.message_from_binary_file(f, policy=email.policy.default)
            body = msg.get_body(preferencelist=("plain",))
            text = body.get_content() if body is not None else ""
            found = re.search(r"(https?://\S+/portal/accept\?token=[A-Za-z0-9_-]+)", text)
            if found:
                links[str(msg["To"]).strip().lower()] = found.group(1)
        if {"maria@example.org", "grace@example.org", "dana@example.org"} <= set(links):
            break
        time.sleep(0.5)
    return links


def browser(phone=False):
    o = webdriver.ChromeOptions()
    o.add_argument("--headless=new")
    o.add_argument("--no-sandbox")
    o.add_argument("--disable-dev-shm-usage")
    o.add_argument("--window-size=1280,800")
    o.add_argument("--lang=en-US")
    o.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    if phone:
        o.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0}})
    return webdriver.Chrome(options=o)


def no_dialog(driver):
    try:
        driver.switch_to.alert
        return False
    except NoAlertPresentException:
        return True


def accept_invitation(driver, link, reuse=None):
    if reuse:  # a developer's rerun: the links are used already
        return sign_in(driver, reuse[0], reuse[1])
    driver.get(link)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "confirm").send_keys(PASSWORD)
    click_and_wait(driver, "main form button[type=submit]")


def sign_in(driver, base, address):
    driver.get(base + "/portal/sign-in")
    driver.find_element(By.ID, "email").send_keys(address)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    click_and_wait(driver, "main form button[type=submit]")


def click_and_wait(driver, selector):
    """Clicks what submits a form and waits for the next page."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, selector).click()
    WebDriverWait(driver, 20).until(lambda d: page_left(old))


def page_left(old):
    """True once the old page's root is gone. Chrome answers a root
    node that was replaced mid-query with a plain WebDriverException
    ("does not belong to the document") instead of a stale-element one:
    both mean the next page has arrived."""
    try:
        old.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as e:
        if "does not belong to the document" in str(e):
            return True
        raise


def texts(driver, selector):
    return [e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, selector)]


def full_page(driver, path):
    """The whole page, not only the viewport."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    import base64
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    print("saved", path)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--screenshots")
    p.add_argument("--mail-wait", type=float, default=60)
    p.add_argument("--reuse", action="store_true", help="sign in instead of accepting (links used by a first run)")
    a = p.parse_args()

    links = invitation_links(a.maildir, a.mail_wait)
    for who in ("maria@example.org", "grace@example.org", "dana@example.org"):
        if not check(who in links, "the invitation email to %s has an accept link" % who):
            return 1

    maria = browser()
    grace = browser()
    dana = browser()
    try:
        # Maria: the link, a password, then her home page.
        accept_invitation(maria, links["maria@example.org"], a.reuse and (a.base, "maria@example.org"))
        check(maria.current_url == a.base + "/portal/", "after setting the password the browser is home")
        check("Ana Lopez" in texts(maria, "h2"), "home lists Ana Lopez")
        check("Ben Okafor" not in maria.page_source, "home does not list another family's student")
        click_and_wait(maria, "a.class-link")
        report_url = maria.current_url
        check("/portal/report?student=" in report_url, "the class link opens the report")
        check(texts(maria, ".final-percent") == ["70.0%"], "Ana's final is 70.0%% (got %s)" % texts(maria, ".final-percent"))
        check(texts(maria, ".final-letter") == ["C-"], "Ana's letter is C-")
        rows = {r.find_element(By.CSS_SELECTOR, "th .title").text: r.find_element(By.CSS_SELECTOR, "td.score").text
                for r in maria.find_elements(By.CSS_SELECTOR, "table.assignments tbody tr")}
        check(rows.get("Homework 1") == "8 / 10", "Homework 1 reads 8 / 10 (got %r)" % rows.get("Homework 1"))
        check(rows.get("Unit 1 Test") == "45 / 50", "Unit 1 Test reads 45 / 50")
        check("Homework 3" not in rows, "the unpublished Homework 3 is not shown")
        img_title = '"><img src=x onerror=alert(1)>'
        check(rows.get(img_title) == "Missing",
              "the assignment titled with an <img> tag is text, marked Missing (%r)" % rows)
        check(texts(maria, "ul.missing .title") == [img_title], "the missing list names it as text")
        check(maria.execute_script("return document.images.length") == 0, "no img element in the DOM")
        check(maria.execute_script("return document.scripts.length") == 0, "no script element in the DOM")
        check(no_dialog(maria), "no dialog opened")

        if a.screenshots:
            phone = browser(phone=True)
            try:
                sign_in(phone, a.base, "maria@example.org")
                full_page(phone, os.path.join(a.screenshots, "portal-phone.png"))
                phone.get(report_url + "&lang=es")  # signed in: the account's language decides
                click_and_wait(phone, "form.lang button[value=es]")
                check(phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es", "the switch shows Spanish")
                check("Trabajos sin entregar" in phone.page_source, "the report is in Spanish")
                full_page(phone, os.path.join(a.screenshots, "portal-es-phone.png"))
                click_and_wait(phone, "form.lang button[value=fr]")
                check(phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr", "the switch shows French")
                check("Travaux non rendus" in phone.page_source, "the report is in French")
                check(texts(phone, ".final-percent") == ["70,0%"], "the French final has a decimal comma")
                full_page(phone, os.path.join(a.screenshots, "portal-fr-phone.png"))
                click_and_wait(phone, "form.lang button[value=en]")
            finally:
                phone.quit()
            maria.get(report_url)
            full_page(maria, os.path.join(a.screenshots, "portal-desktop.png"))

        # Dana: the student named <script>alert(1)</script> is text.
        accept_invitation(dana, links["dana@example.org"], a.reuse and (a.base, "dana@example.org"))
        names = texts(dana, "h2")
        check("<script>alert(1)</script> Doe" in names, "the student named <script> reads as text (%s)" % names)
        click_and_wait(dana, "a.class-link")
        check(texts(dana, ".student-name") == ["<script>alert(1)</script> Doe"], "the report's heading is text")
        check(dana.execute_script("return document.scripts.length") == 0, "no script element on Dana's report")
        check(dana.execute_script("return document.images.length") == 0, "no img element on Dana's report")
        check(no_dialog(dana), "no dialog on Dana's pages")
        dana_report = dana.current_url

        # Grace: her own student, not Ana's or Dana's pages.
        accept_invitation(grace, links["grace@example.org"], a.reuse and (a.base, "grace@example.org"))
        check("Ben Okafor" in texts(grace, "h2"), "Grace sees Ben Okafor")
        not_found = "This page does not exist, or this account cannot see it."
        for url in (report_url, dana_report):
            grace.get(url)
            check(not_found in grace.page_source and "Ana Lopez" not in grace.page_source,
                  "Grace cannot open another family's report")

        # A form posted without its CSRF token is refused and changes nothing.
        maria.get(a.base + "/portal/settings")
        check(not maria.find_element(By.ID, "digest").is_selected(), "the digest starts off")
        maria.find_element(By.ID, "digest").click()
        maria.execute_script("document.querySelector('form[action=\"/portal/settings\"] input[name=csrf]').remove()")
        click_and_wait(maria, "form[action='/portal/settings'] button")
        check("The form was not accepted" in maria.page_source, "the CSRF-less POST is refused")
        maria.get(a.base + "/portal/settings")
        check(not maria.find_element(By.ID, "digest").is_selected(), "the digest is still off")
        # ... and with it, saved.
        maria.find_element(By.ID, "digest").click()
        click_and_wait(maria, "form[action='/portal/settings'] button")
        check("Your preferences are saved." in maria.page_source, "the same form with its token is saved")

        # Signing out ends the session: the report leads to the sign-in page.
        click_and_wait(maria, "form[action='/portal/sign-out'] button")
        maria.get(report_url)
        check(maria.current_url == a.base + "/portal/sign-in", "after signing out the report needs a sign-in")
    finally:
        for d in (maria, grace, dana):
            d.quit()
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
