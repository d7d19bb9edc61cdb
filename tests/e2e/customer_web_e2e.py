#!/usr/bin/env python3
"""End-to-end test of the customer's web pages (issue 6).

A customer in headless Chromium (375 px wide, as on a phone) walks from the
start page through the login (first with a wrong date of birth), documents,
questions, IBAN, contract, the sandbox iDIN bank, signing and the sandbox
identification app to the completed overview, while the desk (desk_probe: the
real main window, offscreen, logged in as the demo admin) is connected to the
same portal service by push. After each step the desk's checklist for that
applicant is asserted, in the desk's own words, within a second.

Every page is checked on the way: Dutch, one <h1>, a label for every field,
buttons with text, reachable by keyboard (Tab reaches the main button), and no
horizontal scrolling at 375 px. A screenshot of each page and of the desk is
saved in --out.

Usage: customer_web_e2e.py --server-bin PATH --probe-bin PATH --out DIR
"""

import argparse
import base64
import hashlib
import hmac
import json
import os
import queue
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

DESK_TIMEOUT_S = 1.0  # the issue: every step visible in DP Desk within a second
REFERENCE = "E2E-0001"
DATE_OF_BIRTH = "17-05-1980"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def totp(secret_b32, at=None):
    """RFC 6238 code (SHA-1, 6 digits, 30 s) for the demo user's secret."""
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return "%06d" % (value % 1_000_000)


class Server:
    def __init__(self, binary, workdir):
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.log_path = os.path.join(workdir, "server.log")
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [binary, "--demo", "--database", "sqlite:" + os.path.join(workdir, "portal.db"),
             "--listen", "127.0.0.1:%d" % self.port, "--mail-outbox", os.path.join(workdir, "mail"),
             "--secret-key-file", os.path.join(workdir, "server.key")],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if "listening on" in open(self.log_path).read() and self.users():
                return
            if self.process.poll() is not None:
                raise RuntimeError("server stopped:\n" + open(self.log_path).read())
            time.sleep(0.1)
        raise RuntimeError("server did not start")

    def users(self):
        """name -> (password, TOTP secret), from what the demo printed."""
        users, name = {}, None
        for line in open(self.log_path):
            m = re.match(r"^  (\w+) \(", line)
            if m:
                name = m.group(1)
            m = re.match(r"^\s+password:\s+(\S+)", line)
            if m and name:
                users.setdefault(name, [None, None])[0] = m.group(1)
            m = re.match(r"^\s+TOTP secret:\s+(\S+)", line)
            if m and name:
                users.setdefault(name, [None, None])[1] = m.group(1)
        return {k: v for k, v in users.items() if v[0] and v[1]}

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def api(url, method="GET", body=None, token=None, headers=None):
    request = urllib.request.Request(url, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


class Desk:
    """desk_probe: one JSON line per change of what the desk shows."""

    def __init__(self, binary, server_url, user, password, secret, log_path):
        env = dict(os.environ, DPDESK_DEMO_USER=user, DPDESK_DEMO_PASSWORD=password,
                   DPDESK_DEMO_TOTP_SECRET=secret, QT_QPA_PLATFORM="offscreen")
        self.stderr = open(log_path, "w")
        self.process = subprocess.Popen([binary, "--server", server_url, "--reference", REFERENCE],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
                                        env=env, text=True, bufsize=1)
        self.lines = queue.Queue()
        self.state = None
        self.state_at = 0.0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put((time.monotonic(), json.loads(line)))

    def wait_for(self, what, check, timeout, since=None):
        """Waits until the desk shows what check(state) asks, at most timeout
        seconds after `since` (the moment of the customer's action; default
        now). Returns how long after `since` the desk showed it."""
        since = time.monotonic() if since is None else since
        while True:
            if self.state is not None and check(self.state):
                took = max(0.0, self.state_at - since)
                if took > timeout:
                    raise AssertionError("the desk showed %s only after %.0f ms" % (what, took * 1000))
                return took
            left = since + timeout - time.monotonic()
            try:
                # Lines that arrived while the test looked elsewhere count with
                # their arrival time; then wait for new ones until the limit.
                at, message = self.lines.get(timeout=max(left, 0.0)) if left > 0 else self.lines.get_nowait()
            except queue.Empty:
                if left <= 0:
                    raise AssertionError("the desk does not show %s within %.1f s; it shows %s"
                                         % (what, timeout, json.dumps(self.state, ensure_ascii=False)))
                continue
            if "reference" in message:
                self.state, self.state_at = message, at

    def shot(self, path):
        self.process.stdin.write("shot %s\n" % path)
        self.process.stdin.flush()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                at, message = self.lines.get(timeout=1)
            except queue.Empty:
                continue
            if "shot" in message:
                assert message["saved"], "desk screenshot not saved"
                return
            self.state, self.state_at = message, at
        raise AssertionError("no desk screenshot")

    def stop(self):
        try:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            self.process.wait(10)
        except Exception:
            self.process.kill()
        self.stderr.close()


ACCESSIBILITY_JS = r"""
const problems = [];
if (document.documentElement.lang !== 'nl') problems.push('lang is not nl');
if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one h1');
for (const f of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
  if (!f.labels || f.labels.length === 0) problems.push('no label for ' + (f.name || f.id));
}
for (const b of document.querySelectorAll('button, a.button')) {
  if (!b.textContent.trim()) problems.push('button without text');
}
if (document.documentElement.scrollWidth > window.innerWidth)
  problems.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
return problems;
"""


class Customer:
    def __init__(self, base_url, out_dir):
        options = Options()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=375,812", "--lang=nl-NL"):
            options.add_argument(arg)
        options.add_experimental_option("prefs", {"download.default_directory": out_dir})
        service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(service=service, options=options)
        # The layout viewport of a phone, whatever the window decorations take.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True})
        self.base = base_url
        self.out = out_dir
        self.pages = 0
        self.acted_at = time.monotonic()  # the last click or key that sent something

    def open(self, path):
        self.driver.get(self.base + path)

    def heading(self):
        return self.driver.find_element(By.TAG_NAME, "h1").text

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "main").text

    def check_page(self, name, heading):
        assert self.heading() == heading, "%s: heading %r, expected %r" % (name, self.heading(), heading)
        problems = self.driver.execute_script(ACCESSIBILITY_JS)
        assert not problems, "%s: %s" % (name, problems)
        self.pages += 1
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 375, "height": max(812, height), "deviceScaleFactor": 2,
                                     "mobile": True})
        self.driver.save_screenshot(os.path.join(self.out, "%02d-%s.png" % (self.pages, name)))
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True})

    def fill(self, field_id, text):
        element = self.driver.find_element(By.ID, field_id)
        element.clear()
        element.send_keys(text)

    def navigates(self, action):
        """Runs action (a click or a key) and waits until the next page is there."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        self.acted_at = time.monotonic()
        action()
        def replaced(_):
            try:
                old.is_enabled()
                return False
            except StaleElementReferenceException:
                return True
            except WebDriverException:
                return False  # mid-navigation (e.g. the frame is being replaced): ask again

        WebDriverWait(self.driver, 15).until(replaced)
        WebDriverWait(self.driver, 15).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def click(self, label):
        for element in self.driver.find_elements(By.CSS_SELECTOR, "button, a.button"):
            if element.text.strip() == label:
                self.navigates(element.click)
                return
        raise AssertionError("no button %r on %s" % (label, self.driver.current_url))

    def press_by_keyboard(self, label):
        """Tabs from the top of the page to the button and presses Enter."""
        body = self.driver.find_element(By.TAG_NAME, "body")
        body.click()
        active = None
        for _ in range(60):
            self.driver.switch_to.active_element.send_keys(Keys.TAB)
            active = self.driver.switch_to.active_element
            if active.text.strip() == label:
                self.navigates(lambda: active.send_keys(Keys.ENTER))
                return
        raise AssertionError("Tab never reaches %r" % label)

    def choose(self, radio_id):
        self.driver.find_element(By.ID, radio_id).click()

    def stop(self):
        self.driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server-bin", required=True)
    parser.add_argument("--probe-bin", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        if old.endswith(".png"):
            os.remove(os.path.join(args.out, old))

    workdir = tempfile.mkdtemp(prefix="dpdesk-e2e-")
    server = Server(args.server_bin, workdir)
    desk = customer = None
    timings = []
    try:
        users = server.users()
        # The office's advisor creates the application and the invitation by REST;
        # the desk is logged in as the office's admin (each user's codes are used once).
        bram_password, bram_secret = users["bram"]
        token = api(server.url + "/api/v1/auth/login", "POST",
                    {"username": "bram", "password": bram_password, "code": totp(bram_secret)})["accessToken"]
        application = api(server.url + "/api/v1/applications", "POST", {
            "reference": REFERENCE, "loanAmountCents": 1500000, "loanKind": "personal_loan", "termMonths": 60,
            "iban": "NL91ABNA0417164300", "accountHolder": "J. de Boer",
            "applicants": [{"fullName": "Jan de Boer", "dateOfBirth": "1980-05-17",
                            "email": "jan@example.nl", "phone": "+31612345678"}]},
            token, {"Idempotency-Key": str(uuid.uuid4())})
        applicant = application["applicants"][0]["id"]
        code = api(server.url + "/api/v1/applications/%s/applicants/%s/invitations" % (application["id"], applicant),
                   "POST", {"kind": "code"}, token, {"Idempotency-Key": str(uuid.uuid4())})["code"]

        anna_password, anna_secret = users["anna"]
        desk = Desk(args.probe_bin, server.url, "anna", anna_password, anna_secret,
                    os.path.join(workdir, "desk.log"))

        def desk_shows(what, check):
            took = desk.wait_for(what, check, DESK_TIMEOUT_S, since=c.acted_at)
            timings.append((what, took))
            print("desk shows %-40s after %4.0f ms" % (what, took * 1000), flush=True)

        # The first sync may take longer than a change; then one second per step.
        desk.wait_for("the application", lambda s: s["documents"]["mark"] == "open", 30)
        desk.shot(os.path.join(args.out, "desk-1-invited.png"))

        customer = Customer(server.url, args.out)
        c = customer

        # C2: the start page; C3: a wrong date of birth first.
        c.open("/")
        c.check_page("start", "Kredietaanvraag afronden")
        c.fill("f-code", code.lower())
        c.fill("f-geboortedatum", "18-05-1980")
        c.click("Inloggen")
        c.check_page("login-wrong-date", "Kredietaanvraag afronden")
        assert "onjuiste gegevens ingevuld" in c.text(), c.text()
        desk_shows("1 of 4 attempts used",
                   lambda s: s.get("attempts", "").startswith("1 of 4") and s["documents"]["mark"] == "open")
        c.fill("f-geboortedatum", DATE_OF_BIRTH)
        c.press_by_keyboard("Inloggen")
        c.check_page("overview", "Overzicht")
        assert "Welkom, Jan de Boer" in c.text()

        # D1, D2
        c.click("Doorgaan")
        c.check_page("documents", "Documenten")
        c.click("Akkoord")
        c.check_page("overview-documents-done", "Overzicht")
        desk_shows("documents accepted", lambda s: s["documents"]["mark"] == "done")

        # S1-S3: one missing answer first, then all four.
        c.click("Ondertekenen")
        c.check_page("questions", "Vragen")
        c.choose("f-gegevens-ja")
        c.choose("f-nederland-ja")
        c.choose("f-sector-nee")
        c.click("Volgende")
        c.check_page("questions-error", "Vragen")
        assert "Kies Ja of Nee." in c.text()
        c.choose("f-pep-nee")
        c.click("Volgende")
        desk_shows("questions answered", lambda s: s["signing"]["mark"] == "busy")

        # S4
        c.check_page("iban", "Rekeningnummer")
        assert "NL91 ABNA 0417 1643 00" in c.text()
        c.click("Bevestigen")

        # S6, S7: the contract, then the sandbox bank (cancelled once, then success).
        c.check_page("contract", "Contract")
        c.click("Volgende")
        c.check_page("idin", "Identiteit bevestigen met iDIN")
        Select(c.driver.find_element(By.ID, "f-bank")).select_by_visible_text("ING")
        c.click("Volgende")
        c.check_page("bank", "iDIN bij ING")
        c.click("Annuleren")
        c.check_page("idin-cancelled", "Identiteit bevestigen met iDIN")
        assert "afgebroken" in c.text()
        desk_shows("iDIN cancelled", lambda s: "iDIN cancelled" in s["signing"]["text"])
        Select(c.driver.find_element(By.ID, "f-bank")).select_by_visible_text("ING")
        c.click("Volgende")
        c.click("Inloggen en bevestigen")

        # S8, S9
        c.check_page("signing", "Ondertekenen")
        c.click("Ondertekenen")
        c.check_page("signed", "U heeft ondertekend")
        desk_shows("signed", lambda s: s["signing"]["mark"] == "done")
        c.click("Ok")
        c.check_page("overview-signed", "Overzicht")

        # I1-I4: the session on the customer's page, the app in the same browser.
        c.click("Naar identificatie")
        c.check_page("identification", "Identificatie")
        c.click("Start identificatie")
        c.check_page("identification-open", "Identificatie")
        desk_shows("identification in progress", lambda s: s["identification"]["mark"] == "busy")
        app_url = c.driver.find_element(By.LINK_TEXT, "Open de app").get_attribute("href")
        c.driver.get(app_url)
        c.check_page("app", "Identificatie-app")
        Select(c.driver.find_element(By.ID, "f-document")).select_by_visible_text("Paspoort")
        c.click("Verder")
        c.check_page("app-chip", "Identificatie-app")
        c.click("Chip gevonden")
        c.click("Groen: gelukt")
        c.check_page("app-done", "Identificatie-app")
        desk_shows("identification done", lambda s: s["identification"]["mark"] == "done")

        # I5, I6
        c.open("/overzicht")
        c.check_page("overview-complete", "Overzicht")
        assert "Alle stappen zijn afgerond" in c.text(), c.text()
        desk_shows("all three done, nothing for the office",
                   lambda s: all(s[k]["mark"] == "done" for k in ("documents", "signing", "identification"))
                   and not s["attention"])
        desk.shot(os.path.join(args.out, "desk-2-complete.png"))
        mails = os.listdir(os.path.join(workdir, "mail"))
        assert len([m for m in mails if m.endswith(".eml")]) == 1, mails

        worst = max(t for _, t in timings)
        print("e2e: %d pages checked, %d desk steps, slowest desk update %.0f ms; screenshots in %s"
              % (c.pages, len(timings), worst * 1000, args.out), flush=True)
        return 0
    except Exception:
        if customer:
            customer.driver.save_screenshot(os.path.join(args.out, "failure.png"))
            print("at " + customer.driver.current_url + ":\n" + customer.text(), file=sys.stderr)
        print("server log: " + server.log_path, file=sys.stderr)
        raise
    finally:
        if customer:
            customer.stop()
        if desk:
            desk.stop()
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
