"""Command line: options -> Config -> run -> formatter -> exit code. Exit 2 for any usage or input error."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import traceback
from contextlib import contextmanager
from datetime import date
from functools import wraps

import click

from pipeline import __version__
from pipeline.benchmarks import NAMES as BENCHMARK_NAMES
from pipeline.errors import ClaimauditError

FORMATS = ("text", "json", "csv", "sarif", "junit", "github")


def handle_errors(command):
    """Turn ClaimauditError into `path:line:col: message` on stderr and exit 2; tracebacks only with --debug."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ClaimauditError as exc:
            if click.get_current_context().find_root().params.get("debug"):
                traceback.print_exc()
            click.echo(f"claimaudit: error: {exc}", err=True)
            sys.exit(2)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimaudit")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def main(debug: bool) -> None:
    """Audit health articles: extract their claims, flag overstated wording, and check each claim against a
    curated reference library (supported / overstated / contradicted / unsupported)."""
    # Start-up imports spaCy and builds large tables that live as long as the command; the collector's default
    # (a pass every 700 new objects) would rescan them over and over.
    gc.set_threshold(50_000, 20, 20)
    _stop_cleanly_on(click.get_current_context(), *STOP_SIGNALS)


def _stop_cleanly_on(ctx: click.Context, *signums: int) -> None:
    """Ctrl-C (SIGINT), a cancelled CI job, `timeout` or `kill` (SIGTERM) and a closed terminal (SIGHUP) end the
    command with exit 128+N (never 1, which means "findings block"): the unwinding removes every temporary file and
    the report staging folder, so the previous outputs stay as they were. Python's default dies on the spot on
    SIGTERM and SIGHUP, and click turns Ctrl-C into exit 1. A signal the caller ignores (`nohup`, a background job)
    stays ignored. The previous handlers come back when the command ends."""
    if threading.current_thread() is not threading.main_thread():
        return  # handlers can only be set from the main thread (an embedding caller's business)

    def stop(signum: int, frame) -> None:
        for handled in previous:  # a second signal must not cut the clean-up short
            signal.signal(handled, signal.SIG_IGN)
        os.write(2, f"claimaudit: stopped by {signal.Signals(signum).name}; previous outputs left as they were\n"
                 .encode())  # not print: the signal may have interrupted a print to stderr
        raise SystemExit(128 + signum)

    previous = {signum: signal.getsignal(signum) for signum in signums}
    for signum, handler in previous.items():
        if handler is not signal.SIG_IGN:
            signal.signal(signum, stop)
    _WORKER_SIGNALS.update({signum: signal.SIG_IGN if signum == signal.SIGINT else signal.SIG_DFL
                            for signum, handler in previous.items() if handler is not signal.SIG_IGN})

    def restore() -> None:
        _WORKER_SIGNALS.clear()
        for signum, handler in previous.items():
            signal.signal(signum, handler)

    ctx.call_on_close(restore)


# A worker process forked during the command leaves the clean-up to the command's own process: the kernel ends it
# on SIGTERM/SIGHUP whatever it is doing, and it ignores Ctrl-C, which the terminal sends to every process of the
# group (the command's own process stops the pool). The signals are blocked across the fork: one that reaches a new
# worker before its handlers are reset waits, and ends it, instead of being lost (the inherited Python handler
# records it, and the reset then drops it). A lost SIGTERM left Pool.terminate waiting forever for a worker that
# had started late and then sat on the pool's queue lock, which the terminating pool holds.
_WORKER_SIGNALS: dict[int, signal.Handlers] = {}


def _block_worker_signals() -> None:
    if _WORKER_SIGNALS:
        signal.pthread_sigmask(signal.SIG_BLOCK, _WORKER_SIGNALS)


def _unblock_worker_signals() -> None:
    if _WORKER_SIGNALS:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _WORKER_SIGNALS)


def _reset_worker_signals() -> None:
    for signum, handler in _WORKER_SIGNALS.items():
        signal.signal(signum, handler)
    _unblock_worker_signals()


# SIGHUP, signal masks and fork exist on POSIX only
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_block_worker_signals, after_in_parent=_unblock_worker_signals,
                        after_in_child=_reset_worker_signals)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--references", "references", type=click.Path(), help="Reference library folder [config: references].")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="What to print: linter-style text with a summary table, the full JSON result, the claim CSV, a "
                   "SARIF 2.1.0 log (code scanning), JUnit XML (a test case per claim) or GitHub workflow annotations.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the formatted result to FILE instead of stdout.")
@click.option("--claims-csv", type=click.Path(dir_okay=False), help="Where to write the claim ledger [config: claims_csv].")
@click.option("--no-claims-csv", is_flag=True, help="Do not write the claim ledger.")
@click.option("--fail-on", help="Claim statuses and flag levels that block (exit 1), comma-separated, or 'none' "
              "[config: fail_on; default contradicted,unsupported,error]. A claim the page only reports never blocks "
              "by status; one it denies or rejects blocks only when contradicted.")
@click.option("--select", multiple=True, help="Only these rules: codes, names, packs or globs (comma-separated) [config: select].")
@click.option("--ignore", multiple=True, help="Skip these rules: codes, names, packs or globs (comma-separated) [config: ignore].")
@click.option("--changed-since", metavar="REV", help="Only sources changed since git revision REV, and only their new or changed claims.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes [default: all cores].")
@click.option("--no-cache", is_flag=True, help="Do not read or write .claimaudit_cache/.")
@click.option("--waivers", "waivers_path", type=click.Path(dir_okay=False), help="Waiver ledger [config: waivers].")
@click.option("--reports", "reports_dir", type=click.Path(file_okay=False), help="Folder for the HTML reports [config: reports].")
@click.option("--no-report", is_flag=True, help="Skip the HTML reports (CI runs that need only the gate).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="pyproject.toml to read [tool.claimaudit] from.")
@handle_errors
def check(paths, references, output_format, output, claims_csv, no_claims_csv, fail_on, select, ignore, changed_since,
          jobs, no_cache, waivers_path, reports_dir, no_report, config_path) -> None:
    """Audit PATHS (files or folders; default: [config: sources]), write the claim ledger and the reports, print
    the findings; exit 1 when a finding blocks (see --fail-on), 2 on bad input, or on claimaudit's own failure on a
    file (a bug; the message names the file)."""
    from pipeline.audit import AuditRun
    from pipeline.config import load_config
    from pipeline.gate import FailOn
    from pipeline.outputs.batch import write_run
    from pipeline.outputs.document import DocumentWriter
    from pipeline.outputs.text import summary_table
    from pipeline.rules.loader import find_retired_rule, load_rules, retired_codes, retired_warnings, select_rules
    from pipeline.waivers import WaiverLedger, load_waivers

    config = load_config(config_path, references=references, claims_csv=claims_csv, reports=reports_dir,
                         waivers=waivers_path, select=_split(select), ignore=_split(ignore),
                         fail_on=_split((fail_on,)) if fail_on else None)
    gate = FailOn.parse(config.fail_on, where="--fail-on" if fail_on else "[tool.claimaudit] fail_on")
    select_rules(load_rules(), config.select, config.ignore,  # a typo must stop the run, naming where it is
                 where="--select/--ignore" if select or ignore else "[tool.claimaudit] select/ignore")
    for warning in retired_warnings(config.ignore, "--ignore" if ignore else "[tool.claimaudit] ignore"):
        click.echo(warning, err=True)
    ledger = WaiverLedger(load_waivers(config.waivers), date.today())  # a malformed ledger stops the run first
    audit = AuditRun(config, paths or None, changed_since, jobs or os.cpu_count() or 1, use_cache=not no_cache)
    reports = None
    if not no_report:
        from pipeline.outputs.html import ReportFolder, article_text

        reports = ReportFolder(config.reports, audit.paths, article_text)
    documents = [DocumentWriter(_format(output_format, gate), output)]
    if not no_claims_csv:
        try:
            documents.append(DocumentWriter(_format("csv", gate), config.claims_csv))
        except BaseException:
            documents[0].abort()
            raise
    with _progress(len(audit.paths)) as progress:
        run = write_run(audit, gate, ledger, documents, reports, progress)
    waiver_report = ledger.report()
    for waiver in waiver_report.expired:
        click.echo(f"{config.waivers}:{waiver.line}: waiver expired on {waiver.expires}; its findings block again",
                   err=True)
    retired = retired_codes()
    for waiver in waiver_report.unused:
        gone = find_retired_rule(waiver.rule, by_name=False) if waiver.rule else None
        if waiver.rule.upper() in retired:
            click.echo(f"{config.waivers}:{waiver.line}: waiver names the retired rule code {waiver.rule.upper()} "
                       f"(now {retired[waiver.rule.upper()]}): it matches nothing", err=True)
        elif gone is not None:
            click.echo(f"{config.waivers}:{waiver.line}: waiver names the retired rule code {waiver.rule.upper()} "
                       f"(retired, nothing replaces it: {gone.reason}): it matches nothing", err=True)
        else:
            click.echo(f"{config.waivers}:{waiver.line}: waiver matches nothing (claim or rule gone?)", err=True)
    for source in run.sources:  # (in path order)
        for message in source.stale_ignores:
            click.echo(message, err=True)
    if output and output_format != "text":
        click.echo(summary_table(run.sources))
    sys.exit(run.exit_code)


def _format(name: str, gate):
    """The output format `name` (FORMATS) for this gate; formats that show end positions read the sources."""
    from pipeline.outputs.claims_csv import CsvFormat
    from pipeline.outputs.github import GithubFormat
    from pipeline.ingest import read_source_file
    from pipeline.outputs.json_output import JsonFormat
    from pipeline.outputs.junit import JunitFormat
    from pipeline.outputs.sarif import SarifFormat
    from pipeline.outputs.text import TextFormat

    formats = {"text": TextFormat, "json": JsonFormat, "csv": CsvFormat, "sarif": SarifFormat, "junit": JunitFormat,
               "github": GithubFormat}
    return formats[name](gate, read_source_file)


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """--select a,b --select c -> (a, b, c); None when the option was not given (the config decides)."""
    items = tuple(item.strip() for value in values for item in value.split(",") if item.strip())
    return items or None


def _interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def _progress(total: int):
    """A progress bar with the file count and time left on a terminal (stderr); silent in CI and when stderr is
    not a terminal."""
    if not _interactive():
        yield None
        return
    with click.progressbar(length=total, label="checking", file=sys.stderr, show_pos=True, show_eta=True,
                           item_show_func=lambda path: path[-50:] if path else None) as bar:
        yield lambda path: bar.update(1, path)


@main.command()
@click.option("--format", "output_format", type=click.Choice(("text", "markdown")), default="text", show_default=True)
@handle_errors
def rules(output_format) -> None:
    """List the rule catalogue: code, level, name, authority."""
    from pipeline.rules.catalogue import render_catalogue

    click.echo(render_catalogue(output_format), nl=False)


@main.command()
@click.argument("result_json", type=click.Path(exists=True, dir_okay=False))
@click.option("--output-dir", "-o", type=click.Path(file_okay=False), help="Report folder [config: reports].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="pyproject.toml to read [tool.claimaudit] from.")
@handle_errors
def report(result_json, output_dir, config_path) -> None:
    """Render the HTML reports from a saved JSON result (`claimaudit check --format json -o RESULT_JSON`)."""
    from pipeline.config import load_config
    from pipeline.outputs.html import ReportFolder, article_text
    from pipeline.outputs.json_output import SavedResult

    saved = SavedResult(result_json)
    folder = output_dir or load_config(config_path).reports
    ReportFolder(folder, saved.paths, article_text, saved.version).write(saved)
    click.echo(f"wrote {len(saved.paths) + 1} report pages to {folder}")


@main.group()
def refs() -> None:
    """Work with the reference library."""


@refs.command("validate")
@click.argument("folder", required=False, type=click.Path())
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="pyproject.toml to read [tool.claimaudit] from.")
@handle_errors
def refs_validate(folder, config_path) -> None:
    """Check FOLDER (default: [config: references]) for schema and cross-reference errors; exit 2 on any."""
    from pipeline.config import load_config
    from pipeline.references import read_library

    folder = folder or load_config(config_path).references
    library, errors = read_library(folder)
    for error in errors:
        click.echo(f"{error}", err=True)
    if errors:
        click.echo(f"{len(errors)} error(s) in {folder}", err=True)
        sys.exit(2)
    click.echo(f"{folder}: {len(library.references)} references, {len(library.statements)} evidence statements, OK")


@refs.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--into", "folder", type=click.Path(file_okay=False), help="Reference library folder [config: references].")
@click.option("--dry-run", is_flag=True, help="Report what would be added; write nothing.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="pyproject.toml to read [tool.claimaudit] from.")
@handle_errors
def refs_import(file, folder, dry_run, config_path) -> None:
    """Add the records of FILE (RIS from Zotero/EndNote/Mendeley, BibTeX, PubMed .nbib) to references.csv;
    duplicates by DOI or PMID are reported, not added twice."""
    from pipeline.config import load_config
    from pipeline.importers import import_references

    folder = folder or load_config(config_path).references
    click.echo(import_references(file, folder, date.today().isoformat(), dry_run=dry_run).summary())


@main.command("eval")
@click.option("--gold", type=click.Path(file_okay=False), default="tests/gold", show_default=True,
              help="Folder of gold annotation YAML files.")
@click.option("--benchmark", type=click.Choice(sorted(BENCHMARK_NAMES)),
              help="Run a public benchmark from ../shared/benchmarks (or $CLAIMAUDIT_BENCHMARKS) instead of the gold files.")
@click.option("--split", help="Benchmark split (default: the benchmark's test split); the claim-strength benchmarks "
                              "also score each dev fold alone (dev1..dev4).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N benchmark items (a quick check).")
@click.option("--references", "references", type=click.Path(file_okay=False),
              help="Gold only: the reference library the statuses are checked against [config: references].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="pyproject.toml to read [tool.claimaudit] from.")
@click.option("--errors", "show_errors", is_flag=True,
              help="Gold only: also list every disagreement (missed or extra claim or flag, wrong status, strength or "
                   "category) as file:line:column.")
@click.option("--by-rule", "by_rule", is_flag=True,
              help="Gold only: also list, per rule, the flags it raised and the share that matched a gold flag "
                   "(its precision: which rules are noisy).")
@handle_errors
def evaluate(gold, benchmark, split, limit, references, config_path, show_errors, by_rule) -> None:
    """Measure the engine: against the gold annotations (claims, flag precision/recall/F1 per pack, status, strength
    and category accuracy with confusion matrices), or on a public benchmark (claim detection, claim strength,
    hedges, evidence verification, exaggeration)."""
    if benchmark and references:
        raise click.UsageError("--references applies to the gold files; a benchmark brings its own evidence")
    if benchmark:
        from pipeline.benchmarks import BENCHMARKS, benchmark_root, render_benchmark
        from pipeline.errors import DataError

        chosen = BENCHMARKS[benchmark]
        if split and split not in chosen.splits:
            raise DataError(f"{benchmark} has splits {', '.join(chosen.splits)}, not {split!r}")
        result = chosen.run(benchmark_root(), split=split or chosen.default_split, limit=limit)
        click.echo(render_benchmark(result), nl=False)
        return
    from pipeline.config import load_config
    from pipeline.evaluation import evaluate_gold, render_report

    config = load_config(config_path, references=references)
    click.echo(render_report(evaluate_gold(config, gold), errors=show_errors, by_rule=by_rule), nl=False)
