#!/usr/bin/python3
"""The explorer page in a real browser: Debian's chromium, driven headless by
Selenium through chromium-driver (all three installed by ./dev deps).

Starts `citydip serve --port 0`, loads the page at /, and checks what a user
does: decides Shenzhen's overseas office and reads the verdict, asks what it
would take, opens a cited statement, renders the powers matrix and clicks a
cell for its reasons, uses the tabs and a cell from the keyboard, steps the
reform diff through the five priorities, switches to Chinese, and reads the
page at phone width. Every value the page shows is checked against the
service's own JSON answer for the same question, so the test checks the page,
not a copy of the rulebook.

usage: explorer_test.py --citydip PATH [--screenshot FILE]
--screenshot FILE saves the powers matrix at 1280x800 (docs/explorer.png is
taken this way: see docs/server.md).
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    sys.exit("explorer_test: python3-selenium is missing; ./dev deps installs it")

TIMEOUT = 20  # seconds for any one thing the page does


class Failure(Exception):
    pass


def expect(condition, what):
    if not condition:
        raise Failure(what)


def start_server(program):
    server = subprocess.Popen([program, "serve", "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"listening on (http://\S+)", line)
    if not match:
        server.kill()
        raise Failure("citydip serve did not say where it listens: %r %r" % (line, server.stderr.read()))
    return server, match.group(1)


def get_json(base, path, body=None):
    req = urllib.request.Request(base + path, data=None if body is None else body.encode())
    with urllib.request.urlopen(req, timeout=TIMEOUT) as res:
        return json.loads(res.read())


def browser(profile):
    for path in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
        if not os.path.exists(path):
            sys.exit("explorer_test: %s is missing; ./dev deps installs chromium and chromium-driver" % path)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    # Headless, and nothing that reaches the network on its own.
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--window-size=1280,800", "--lang=en-US", "--user-data-dir=" + profile):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def run(driver, base, screenshot):
    wait = WebDriverWait(driver, TIMEOUT)
    vocab = get_json(base, "/v1/vocab")
    names = {kind: {row["id"]: row for row in rows} for kind, rows in vocab.items()}
    by_id = lambda i: driver.find_element(By.ID, i)

    driver.get(base + "/")
    wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true")
    expect(driver.title == "citydip explorer", "the page's title is %r" % driver.title)

    # Decide: Shenzhen's office abroad, found by its Chinese name, on 2016-01-01.
    city = by_id("city")
    city.clear()
    city.send_keys("深圳")
    wait.until(lambda d: any(o.get_attribute("value") == "shenzhen"
                             for o in d.find_elements(By.CSS_SELECTOR, "#city-list option")))
    city.clear()
    city.send_keys("shenzhen")
    expect(by_id("kind").get_attribute("value") == "overseas_office", "the activity is not the overseas office")
    by_id("decide-go").click()
    wait.until(lambda d: d.find_elements(By.ID, "verdict"))
    answer = get_json(base, "/v1/decide?rulebook=status-quo-2016",
                      json.dumps({"city": "shenzhen", "activity": "overseas_office", "date": "2016-01-01",
                                  "obtained": []}))
    expect(answer["verdict"] == "approval", "the service's verdict is %r, not approval" % answer["verdict"])
    shown = by_id("verdict").text
    expect(shown == answer["verdict"], "the page shows verdict %r, the service %r" % (shown, answer["verdict"]))
    expect(by_id("outcome").text == answer["outcome"], "the page shows outcome %r" % by_id("outcome").text)
    result = by_id("result").text
    for reason in answer["reasons"]:
        expect(reason["rule"] in result, "reason %s is not shown" % reason["rule"])
    for body in answer["bodies"]:
        expect(body in result, "body %s is not shown" % body)

    # A cited statement's text, on click.
    cited = driver.find_elements(By.CSS_SELECTOR, "#result abbr[data-statement]")
    expect(cited, "no reason's citation links to a statement of the paper")
    paper = {p["id"]: p["summary"] for p in get_json(base, "/v1/paper")}
    first = cited[0]
    statement = first.get_attribute("data-statement")
    expect(first.get_attribute("title") == paper[statement], "the citation's title is not %s's summary" % statement)
    first.click()
    note = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#result .statement"))
    expect(paper[statement] in note[0].text, "clicking %s does not show its statement" % statement)

    # What would it take: the service's remedies, in the same order.
    by_id("whatif-go").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#remedies li"))
    shown = driver.find_elements(By.CSS_SELECTOR, "#remedies li")
    remedies = get_json(base, "/v1/whatif?rulebook=status-quo-2016",
                        json.dumps({"city": "shenzhen", "activity": "overseas_office", "date": "2016-01-01"}))
    expect(len(shown) == len(remedies["remedies"]) > 0,
           "the page shows %d remedies, the service %d" % (len(shown), len(remedies["remedies"])))

    # The powers matrix, from the keyboard: the tab list takes arrow keys.
    by_id("tab-decide").send_keys(Keys.ARROW_RIGHT)
    wait.until(lambda d: d.find_element(By.ID, "tab-powers").get_attribute("aria-selected") == "true")
    expect(driver.switch_to.active_element.get_attribute("id") == "tab-powers", "the arrow key did not move focus")
    kinds = vocab["activity_kind"]
    tiers = vocab["designation"]
    cells = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#powers-matrix td button"))
    expect(len(cells) == len(kinds) * len(tiers),
           "the matrix has %d cells, not %d tiers x %d kinds" % (len(cells), len(tiers), len(kinds)))
    matrix = get_json(base, "/v1/matrix?rulebook=status-quo-2016&date=2016-01-01")
    for button in cells:
        row, kind = int(button.get_attribute("data-row")), int(button.get_attribute("data-kind"))
        want = matrix["rows"][row]["cells"][kind]["verdict"]
        expect(button.text == want and "v-" + want in button.get_attribute("class"),
               "cell %s x %s shows %r, the service says %r" % (matrix["rows"][row]["tier"], kinds[kind]["id"],
                                                                button.text, want))
    if screenshot:
        driver.save_screenshot(screenshot)

    # Click a cell: its reasons. Then the same from the keyboard (Enter on a focused cell).
    for index in (0, len(cells) - 1):
        button = cells[index]
        row, kind = int(button.get_attribute("data-row")), int(button.get_attribute("data-kind"))
        if index == 0:
            button.click()
        else:
            driver.execute_script("arguments[0].focus()", button)
            driver.switch_to.active_element.send_keys(Keys.ENTER)
        cell = matrix["rows"][row]["cells"][kind]
        wait.until(lambda d: kinds[kind]["en"] in d.find_element(By.ID, "cell-detail").text
                   or kinds[kind]["id"] in d.find_element(By.ID, "cell-detail").text)
        detail = by_id("cell-detail").text
        expect(cell["reasons"], "the service gives no reason for a cell")
        for reason in cell["reasons"]:
            expect(reason["rule"] in detail, "cell reason %s is not shown" % reason["rule"])

    # The reform diff, stepped through the five priorities.
    by_id("tab-diff").click()
    wait.until(lambda d: d.find_element(By.ID, "diff-counts").text)
    expect(len(by_id("diff-counts").text.splitlines()) == len(tiers), "the diff does not count every tier")
    layers = [b["name"] for b in get_json(base, "/v1/rulebooks") if re.match(r"reform-4\.[1-5]-", b["name"])]
    expect(len(layers) == 5, "the service serves %d priority overlays, not five" % len(layers))
    for layer in sorted(layers):
        by_id("diff-step").click()
        wait.until(lambda d: d.find_element(By.ID, "diff-b").get_attribute("value") == layer
                   and layer.split("-")[1] in d.find_element(By.ID, "diff-layer").text)
    by_id("diff-only").click()
    wait.until(lambda d: "only-diff" in d.find_element(By.ID, "diff-matrix-b").get_attribute("class"))

    # Chinese: the page's words, the matrix and the reasons.
    by_id("tab-powers").click()
    by_id("lang").click()
    wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN")
    expect(by_id("tab-powers").text == "权限矩阵", "the powers tab reads %r" % by_id("tab-powers").text)
    zh = get_json(base, "/v1/matrix?rulebook=status-quo-2016&date=2016-01-01&lang=zh")
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#powers-matrix td button").text
               == names["verdict"][zh["rows"][0]["cells"][0]["verdict"]]["zh"])
    cells = driver.find_elements(By.CSS_SELECTOR, "#powers-matrix td button")
    cells[0].click()
    wait.until(lambda d: zh["rows"][0]["cells"][0]["reasons"][0]["text"] in d.find_element(By.ID, "cell-detail").text)

    # Phone width: nothing but the matrix itself scrolls sideways.
    driver.set_window_size(390, 844)
    time.sleep(0.2)
    width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    expect(width[0] <= width[1], "at phone width the page is %d px wide in a %d px window" % tuple(width))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--citydip", required=True)
    parser.add_argument("--screenshot")
    args = parser.parse_args()
    server, base = start_server(args.citydip)
    driver = None
    try:
        with tempfile.TemporaryDirectory() as profile:
            driver = browser(profile)
            try:
                run(driver, base, args.screenshot)
            finally:
                driver.quit()
    except Failure as failure:
        print("explorer_test: FAILED: %s" % failure, file=sys.stderr)
        return 1
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()
            code = "killed"
    if code != 0:
        print("explorer_test: FAILED: citydip serve exited %s after SIGTERM" % code, file=sys.stderr)
        return 1
    print("explorer_test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
