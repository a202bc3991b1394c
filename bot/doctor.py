"""``flask --app wsgi doctor``: check a deployment and say what is wrong, each with its fix.

Each check returns a Finding: ok, warn (works, but not as a police service should
run) or fail (something will break or leak). The command exits 1 when anything
fails, so it can gate a deployment pipeline. Checks only read: nothing is changed.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

import redis as redis_lib

OK, WARN, FAIL = "ok", "warn", "fail"
FAILED_JOBS_WARN = 20


@dataclass(frozen=True)
class Finding:
    level: str
    check: str
    detail: str
    fix: str = ""


def _local_host(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return True
    host = parts.hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_redis(services) -> list[Finding]:
    url, r = services.config["REDIS_URL"], services.redis
    out = []
    try:
        r.ping()
    except redis_lib.RedisError as exc:
        return [Finding(FAIL, "redis reachable", f"cannot reach Redis ({type(exc).__name__})",
                        "check REDIS_URL, the network and the Redis password")]
    try:
        aof = r.config_get("appendonly").get("appendonly")
        policy = r.config_get("maxmemory-policy").get("maxmemory-policy")
    except redis_lib.ResponseError:   # managed Redis often hides CONFIG
        aof = policy = None
    if aof is None:
        out.append(Finding(WARN, "redis persistence", "CONFIG is not allowed: could not check AOF and eviction",
                           "confirm with your provider: append-only file on, maxmemory-policy noeviction"))
    else:
        out.append(Finding(OK if aof == "yes" else FAIL, "redis persistence", f"appendonly {aof}",
                           "" if aof == "yes" else "set appendonly yes (appendfsync everysec): drafts and tips "
                                                   "written since the last snapshot are lost on a restart"))
        out.append(Finding(OK if policy == "noeviction" else FAIL, "redis eviction", f"maxmemory-policy {policy}",
                           "" if policy == "noeviction" else "set maxmemory-policy noeviction: any other policy "
                                                             "silently deletes tips and sealed numbers under memory "
                                                             "pressure"))
    if not _local_host(url):
        secure = urlsplit(url).scheme == "rediss"
        has_auth = bool(urlsplit(url).password)
        level = OK if (secure and has_auth) else FAIL
        out.append(Finding(level, "redis transport", f"{'TLS' if secure else 'no TLS'}, "
                                                     f"{'password' if has_auth else 'no password'}",
                           "" if level == OK else "use rediss:// with a password (AUTH/ACL) for a Redis "
                                                  "that is not on this machine"))
    return out


def check_secrets(config) -> list[Finding]:
    generated = config.get("GENERATED_SECRETS") or []
    if generated:
        return [Finding(FAIL, "secrets", f"{', '.join(generated)} generated for local mode",
                        "set PSEUDONYM_KEY and SEALING_KEYS in the environment and keep a copy in the force's "
                        "secret store: without them no sealed number or pseudonym can be read")]
    weak = [name for name in ("PSEUDONYM_KEY",) if len(config.get(name) or "") < 32]
    if weak:
        return [Finding(FAIL, "secrets", "PSEUDONYM_KEY shorter than 32 characters",
                        'generate one: python -c "import secrets; print(secrets.token_urlsafe(32))"')]
    return [Finding(OK, "secrets", "PSEUDONYM_KEY and SEALING_KEYS set in the environment")]


def check_public_url(config) -> list[Finding]:
    base = config.get("PUBLIC_BASE_URL") or ""
    if not base:
        return [Finding(FAIL, "public URL", "PUBLIC_BASE_URL is not set",
                        "set it to the https URL Twilio calls: signatures are checked against it")]
    if urlsplit(base).scheme != "https":
        return [Finding(FAIL, "public URL", f"{base} is not https",
                        "serve the webhooks over TLS (a reverse proxy) and set PUBLIC_BASE_URL to the https URL")]
    return [Finding(OK, "public URL", base)]


def check_urgent_reach(services) -> list[Finding]:
    from bot.officers import registry

    supervisors = registry.supervisors(services.redis)
    fallback = services.config.get("URGENT_FALLBACK_NUMBERS") or ""
    if supervisors or fallback:
        detail = f"{len(supervisors)} active supervisor(s)" + (", urgent fallback set" if fallback else "")
        return [Finding(OK, "urgent tips reach someone", detail)]
    return [Finding(FAIL, "urgent tips reach someone", "no active supervisor and no urgent fallback",
                    "register a supervisor (flask --app wsgi officer add --role supervisor ...) or set "
                    "URGENT_FALLBACK_NUMBERS to a control-room number")]


def check_officer_pins(config) -> list[Finding]:
    if config.get("OFFICER_PIN_REQUIRED"):
        return [Finding(OK, "officer PINs", "required")]
    return [Finding(FAIL, "officer PINs", "not required: anyone who spoofs an officer's caller ID gets commands",
                    "unset OFFICER_PIN_REQUIRED (on by default) or set it to true")]


def check_twilio(services) -> list[Finding]:
    cfg = services.config
    if cfg.get("LOCAL_MODE"):
        return [Finding(FAIL, "twilio", "local mode: no Twilio credentials, nothing is sent",
                        "set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER "
                        "(or TWILIO_MESSAGING_SERVICE_SID)")]
    from twilio.base.exceptions import TwilioException

    client = services.sender.client
    try:
        account = client.api.v2010.accounts(cfg["TWILIO_ACCOUNT_SID"]).fetch()
    except (TwilioException, OSError) as exc:
        return [Finding(FAIL, "twilio credentials", f"Twilio refused them ({type(exc).__name__})",
                        "check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN")]
    out = [Finding(OK if account.status == "active" else FAIL, "twilio credentials", f"account {account.status}",
                   "" if account.status == "active" else "the Twilio account is not active")]
    expected = (cfg.get("PUBLIC_BASE_URL") or "").rstrip("/") + "/sms"
    number = cfg.get("TWILIO_FROM_NUMBER")
    if cfg.get("TWILIO_MESSAGING_SERVICE_SID"):
        try:
            service = client.messaging.v1.services(cfg["TWILIO_MESSAGING_SERVICE_SID"]).fetch()
            actual = service.inbound_request_url or ""
        except (TwilioException, OSError) as exc:
            return out + [Finding(FAIL, "webhook URL", f"could not read the messaging service ({type(exc).__name__})",
                                  "check TWILIO_MESSAGING_SERVICE_SID")]
    elif number:
        try:
            found = client.api.v2010.accounts(cfg["TWILIO_ACCOUNT_SID"]).incoming_phone_numbers.list(
                phone_number=number, limit=1)
        except (TwilioException, OSError) as exc:
            return out + [Finding(FAIL, "webhook URL", f"could not read the number ({type(exc).__name__})",
                                  "check TWILIO_FROM_NUMBER")]
        if not found:
            return out + [Finding(FAIL, "webhook URL", f"{number} is not a number of this account",
                                  "set TWILIO_FROM_NUMBER to a number bought on this account")]
        actual = found[0].sms_url or ""
    else:
        return out + [Finding(FAIL, "sender", "no TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID", "set one")]
    level = OK if actual.rstrip("/") == expected else FAIL
    out.append(Finding(level, "webhook URL", actual or "(none)",
                       "" if level == OK else f"set 'A message comes in' to POST {expected} in the Twilio console"))
    return out


def check_workers(services) -> list[Finding]:
    from rq import Worker
    from rq.registry import FailedJobRegistry

    out = []
    try:
        workers = Worker.all(connection=services.redis)
        failed = sum(FailedJobRegistry(queue=q).count for q in services.queues.values())
    except redis_lib.RedisError:
        return []
    from rq.scheduler import RQScheduler

    locks = [RQScheduler.get_locking_key(name) for name in services.queues]
    held = services.redis.exists(*locks) > 0     # a worker's scheduler holds the queue locks
    out.append(Finding(OK if workers else FAIL, "rq workers", f"{len(workers)} running",
                       "" if workers else "start one: flask --app wsgi worker (relays, notifications, alerts and "
                                          "idle drafts wait for it)"))
    if workers:
        out.append(Finding(OK if held else WARN, "rq scheduler", "running" if held else "not running",
                           "" if held else "scheduled jobs (idle drafts, retries) wait until a worker restarts "
                                           "rq's scheduler (each worker tries every minute); if this lasts, "
                                           "restart the workers"))
    out.append(Finding(OK if failed < FAILED_JOBS_WARN else WARN, "failed jobs", f"{failed} in the failed registries",
                       "" if failed < FAILED_JOBS_WARN else "look at them: rq info --url $REDIS_URL; "
                                                            "flask --app wsgi alerts reconcile"))
    return out


def run(services) -> list[Finding]:
    cfg = services.config
    findings = check_redis(services)
    for check in (check_secrets, check_public_url, check_officer_pins):
        findings += check(cfg)
    if findings and findings[0].check == "redis reachable" and findings[0].level == FAIL:
        return findings
    findings += check_urgent_reach(services) + check_workers(services) + check_twilio(services)
    return findings
