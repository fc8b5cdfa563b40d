#!/usr/bin/env bash
# Smoke test against a running suite (./meridian up -d): a demo staff user logs in, creates an agreement through the
# gateway, reads it back, and its event is on the Kafka topic partners.agreements, read with Kafka's own console
# consumer (from the broker's class path); then programmes' selection, results, mobilities, grants and figures on the
# demo data, the figures as leadership. Prints "N passed, N failed"; exits non-zero if anything failed.
# Needs only bash, curl and Java (no jq).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${GATEWAY:-http://localhost:8080}"
REALM_URL="${REALM_URL:-http://localhost:8180/realms/meridian}"
USER_NAME="${SMOKE_USER:-wang.fang}"     # office-staff (keycloak/README.md)
PASSED=0
FAILED=0
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

pass() { PASSED=$((PASSED + 1)); echo "  ✓ $*"; }
fail() { FAILED=$((FAILED + 1)); echo "  ✗ $*"; }
# The first value of a string field in a JSON document (good enough for the flat fields read here).
field() { grep -o "\"$1\" *: *\"[^\"]*\"" | head -1 | sed 's/.*: *"\(.*\)"/\1/'; }

echo "Smoke test against $GATEWAY"

# 1. The suite is up and healthy.
if "$ROOT/meridian" status > "$WORK/status" 2>&1; then pass "./meridian status: everything UP"; else fail "./meridian status"; cat "$WORK/status"; fi

# 1b. The gateway serves the built SPA, also for a client-side route.
if [[ -f "$ROOT/frontend/package.json" ]]; then
  for page in / /partners; do
    code="$(curl -s -o "$WORK/page" -w '%{http_code}' "$GATEWAY$page")"
    if [[ "$code" == 200 ]] && grep -q '<div id="root">' "$WORK/page" && grep -q '/assets/' "$WORK/page"; then
      pass "the SPA is served at $page"
    else
      fail "the SPA at $page → $code: $(head -c 200 "$WORK/page")"
    fi
  done
fi

# 2. Log in as a demo staff user (password grant through the public meridian-cli client).
curl -s -o "$WORK/token" -w '%{http_code}' -d grant_type=password -d client_id=meridian-cli -d scope=openid \
  -d username="$USER_NAME" -d password="$USER_NAME-demo" "$REALM_URL/protocol/openid-connect/token" > "$WORK/code"
TOKEN="$(field access_token < "$WORK/token")"
if [[ "$(cat "$WORK/code")" == 200 && -n "$TOKEN" ]]; then pass "$USER_NAME logged in (token from Keycloak)"; else fail "login of $USER_NAME: HTTP $(cat "$WORK/code")"; fi
AUTH=(-H "Authorization: Bearer $TOKEN" -H "Accept: application/json")

# 3. The gateway refuses an API call without credentials.
code="$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Requested-With: JavaScript' "$GATEWAY/api/partners/agreements")"
if [[ "$code" == 401 || "$code" == 499 ]]; then pass "no credentials → $code"; else fail "no credentials → $code (expected 401/499)"; fi

# 4. A partner from the demo data, through the gateway.
curl -s "${AUTH[@]}" "$GATEWAY/api/partners/institutions?q=National%20University%20of%20Singapore" > "$WORK/institutions"
PARTNER="$(field id < "$WORK/institutions")"
if [[ -n "$PARTNER" ]]; then pass "demo institution found ($PARTNER)"; else fail "demo institution National University of Singapore not found: $(head -c 300 "$WORK/institutions")"; fi

# 5. Create an agreement through the gateway.
REF="SMOKE-$(date +%Y%m%d%H%M%S)-$$"
BODY="{\"referenceCode\":\"$REF\",\"kind\":\"student_exchange\",\"title\":{\"zh\":\"冒烟测试协议\",\"en\":\"Smoke test agreement\"},\"signingUnit\":\"international-education\",\"partnerIds\":[\"$PARTNER\"],\"owner\":\"$USER_NAME\"}"
code="$(curl -s -o "$WORK/created" -w '%{http_code}' "${AUTH[@]}" -H 'Content-Type: application/json' -d "$BODY" "$GATEWAY/api/partners/agreements")"
ID="$(field id < "$WORK/created")"
if [[ "$code" == 201 && -n "$ID" ]]; then pass "agreement $REF created ($ID)"; else fail "create agreement → $code: $(head -c 400 "$WORK/created")"; fi

# 6. Read it back through the gateway.
code="$(curl -s -o "$WORK/read" -w '%{http_code}' "${AUTH[@]}" "$GATEWAY/api/partners/agreements/$ID")"
if [[ "$code" == 200 && "$(field referenceCode < "$WORK/read")" == "$REF" && "$(field state < "$WORK/read")" == draft ]]; then
  pass "agreement read back: $REF, draft"
else
  fail "read back → $code: $(head -c 400 "$WORK/read")"
fi

# 7. Its event on the Kafka topic, with a plain Kafka consumer (kafka-console-consumer of the broker's 4.3.1 jars).
CP_FILE="$(ls "$ROOT"/.devstack/kafka/classpath-*.txt 2>/dev/null | head -1)"
if [[ -z "$CP_FILE" ]]; then
  fail "no Kafka class path under .devstack/kafka (was the suite started with ./meridian up?)"
else
  found=""
  for attempt in 1 2 3; do   # the outbox relay publishes shortly after the commit
    java -cp "$(cat "$CP_FILE")" -Dlog4j2.configurationFile="$ROOT/.devstack/kafka/log4j2.yaml" \
      org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server 127.0.0.1:9092 --topic partners.agreements \
      --from-beginning --timeout-ms 8000 --property print.key=true \
      --group "smoke-$$-$attempt" > "$WORK/events" 2> "$WORK/consumer.err"
    if grep "$ID" "$WORK/events" | grep -q 'edu.meridian.partners.agreement.drafted'; then found=yes; break; fi
  done
  if [[ -n "$found" ]]; then
    pass "event edu.meridian.partners.agreement.drafted for $ID on partners.agreements ($(wc -l < "$WORK/events") events on the topic)"
  else
    fail "no drafted event for $ID on partners.agreements ($(wc -l < "$WORK/events") events read; $(tail -2 "$WORK/consumer.err"))"
  fi
fi

# 8. The demo data is there: active, expiring (the expiry job runs every minute in a local run), expired, terminated.
for state in active expiring expired terminated; do
  ok=""
  for attempt in $(seq 1 15); do
    curl -s "${AUTH[@]}" "$GATEWAY/api/partners/agreements?q=DEMO-&state=$state&size=100" > "$WORK/demo"
    if grep -q "\"state\":\"$state\"" "$WORK/demo"; then ok=yes; break; fi
    sleep 5
  done
  if [[ -n "$ok" ]]; then pass "demo agreements include: $state ($(grep -o '"referenceCode":"[^"]*"' "$WORK/demo" | sed 's/.*:"\(.*\)"/\1/' | paste -sd, -))"; else fail "no $state demo agreement"; fi
done

# 9. programmes-service, on the demo data: the second round of the Chun Miao call went through selection (reviews, a
# run of the allocation, published results); the office reads the run, each result, mobilities and grants.
get() { curl -s -o "$WORK/answer" -w '%{http_code}' "$@"; }
curl -s "${AUTH[@]}" "$GATEWAY/api/programmes/calls?q=second%20round%202026" > "$WORK/calls"
CALL="$(field id < "$WORK/calls")"
if [[ -n "$CALL" && "$(field state < "$WORK/calls")" == results_published ]]; then
  pass "demo call in selection published its results ($CALL)"
else
  fail "no demo call with published results: $(head -c 300 "$WORK/calls")"
fi
code="$(get "${AUTH[@]}" "$GATEWAY/api/programmes/calls/$CALL/allocation")"
if [[ "$code" == 200 ]] && grep -q "\"callId\":\"$CALL\"" "$WORK/answer"; then pass "its published allocation run answers"; else fail "allocation → $code: $(head -c 300 "$WORK/answer")"; fi
curl -s "${AUTH[@]}" "$GATEWAY/api/programmes/applications?callId=$CALL&size=20" > "$WORK/applications"
outcomes=""
for application in $(grep -o '"id":"[^"]*","callId":"'"$CALL"'"' "$WORK/applications" | sed 's/"id":"\([^"]*\)".*/\1/'); do
  code="$(get "${AUTH[@]}" "$GATEWAY/api/programmes/applications/$application/result")"
  [[ "$code" == 200 ]] && outcomes="$outcomes $(field outcome < "$WORK/answer")"
done
if [[ "$outcomes" == *allocated* && "$outcomes" == *waitlisted* ]]; then pass "its results explain:$outcomes"; else fail "results of $CALL:$outcomes (expected allocated and waitlisted)"; fi
for list in mobilities grants; do
  code="$(get "${AUTH[@]}" "$GATEWAY/api/programmes/$list")"
  if [[ "$code" == 200 ]] && grep -q '"total":[1-9]' "$WORK/answer"; then pass "demo $list listed"; else fail "$list → $code: $(head -c 300 "$WORK/answer")"; fi
done

# 10. Leadership (chen.jie) reads the programmes' figures, also as CSV, and no application.
curl -s -d grant_type=password -d client_id=meridian-cli -d scope=openid -d username=chen.jie -d password=chen.jie-demo \
  "$REALM_URL/protocol/openid-connect/token" > "$WORK/leadership"
LEADERSHIP=(-H "Authorization: Bearer $(field access_token < "$WORK/leadership")" -H "Accept: application/json")
for figure in applications selection mobilities mobilities-by-direction funds briefings; do
  code="$(get "${LEADERSHIP[@]}" "$GATEWAY/api/programmes/figures/$figure")"
  if [[ "$code" == 200 ]]; then pass "figures/$figure for leadership"; else fail "figures/$figure → $code: $(head -c 300 "$WORK/answer")"; fi
done
code="$(get "${LEADERSHIP[@]}" "$GATEWAY/api/programmes/figures/selection")"
if grep -o "\"callId\":\"$CALL\",\"title\":{[^}]*},[^}]*}" "$WORK/answer" | grep -q '"eligible":4,"selected":2,"ratio":0.5'; then
  pass "selection ratio of $CALL: 2 of 4"
else
  fail "selection ratio of $CALL: $(head -c 400 "$WORK/answer")"
fi
code="$(curl -s -o "$WORK/figures.csv" -w '%{http_code}' -H "Authorization: Bearer $(field access_token < "$WORK/leadership")" \
  "$GATEWAY/api/programmes/figures/applications/export.csv")"
if [[ "$code" == 200 ]] && head -c 3 "$WORK/figures.csv" | od -An -tx1 | grep -q 'ef bb bf'; then pass "figures as CSV with BOM"; else fail "figures CSV → $code"; fi
code="$(get "${LEADERSHIP[@]}" "$GATEWAY/api/programmes/applications")"
if [[ "$code" == 403 ]]; then pass "leadership reads no applications (403)"; else fail "applications for leadership → $code"; fi

# 11. admissions-service answers through the gateway, with the demo's programmes and their September intakes.
curl -s "${AUTH[@]}" "$GATEWAY/api/admissions/intakes?q=MBBS&open=true" > "$WORK/intakes"
if grep -q '"programmeCode":"MBBS"' "$WORK/intakes"; then
  pass "admissions-service: the demo MBBS intake takes applications ($(grep -o '"startsOn":"[^"]*"' "$WORK/intakes" | head -1))"
else
  fail "admissions-service: no open demo MBBS intake ($(head -c 200 "$WORK/intakes"))"
fi

# 12. The admission letters' verification is public through the gateway: no token, and a code of no letter is a 404
#     (the gateway neither asks for a login nor answers 401); the visa-form register answers the office.
code="$(curl -s -o "$WORK/verify" -w '%{http_code}' -H "Accept: application/json" \
  "$GATEWAY/api/admissions/verify/0000-0000-0000-0000")"
if [[ "$code" == 404 ]]; then pass "admission letter verification is public (unknown code → 404)"; else fail "verify without a token → $code"; fi
code="$(get "${AUTH[@]}" "$GATEWAY/api/admissions/visa-forms/batches")"
if [[ "$code" == 200 ]]; then pass "visa-form register answers the office admin"; else fail "visa-form batches → $code"; fi

echo "$PASSED passed, $FAILED failed"
[[ "$FAILED" == 0 ]]
