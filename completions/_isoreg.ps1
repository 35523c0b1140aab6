
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'isoreg' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'isoreg'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'isoreg' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show an organisation''s credit balance, and check it for CI')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Credit batches')
            [CompletionResult]::new('issuance', 'issuance', [CompletionResultType]::ParameterValue, 'Issuances')
            [CompletionResult]::new('delivery', 'delivery', [CompletionResultType]::ParameterValue, 'Deliveries')
            [CompletionResult]::new('retirement', 'retirement', [CompletionResultType]::ParameterValue, 'Retirements')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Transfers: list, get, batches; create one (a write)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire credits (a write): plan, confirm, send once')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Deliver credits against an order (a write, with a supplier''s token)')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Orders')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'Suppliers')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Projects')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organisations')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Buffer-pool refunds')
            [CompletionResult]::new('beneficiary', 'beneficiary', [CompletionResultType]::ParameterValue, 'Retirement beneficiaries of your organisation: list, or add one (a write)')
            [CompletionResult]::new('transferee', 'transferee', [CompletionResultType]::ParameterValue, 'Organisations you can transfer credits to')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a policy of rules (balances, reconciliation, token, orders, retirements, changes, SQL) for CI')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Re-add an organisation''s credit batches and compare them with its balance')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Statements with charts: retirements for a period, holdings (terminal, JSON, CSV or a web page)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'GET any API path, raw')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Local configuration')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy the registry and your own data into a local SQLite file, as a new snapshot')
            [CompletionResult]::new('sql', 'sql', [CompletionResultType]::ParameterValue, 'Run read-only SQL on the local copy (the latest snapshot, or --snapshot N)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Say what changed between two snapshots of the local copy')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Look up any id, serial number, credit number or name')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Serve a local registry emulator over HTTP')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;balance' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation, as other commands take it (the same as the ORG argument)')
            [CompletionResult]::new('--min-active', '--min-active', [CompletionResultType]::ParameterName, 'Fail (exit 1) unless active credits are at least QTY (100, 100t, 125.632, 125632kg)')
            [CompletionResult]::new('--max-active', '--max-active', [CompletionResultType]::ParameterName, 'Fail unless active credits are at most QTY')
            [CompletionResult]::new('--min-retired', '--min-retired', [CompletionResultType]::ParameterName, 'Fail unless retired credits are at least QTY')
            [CompletionResult]::new('--max-retired', '--max-retired', [CompletionResultType]::ParameterName, 'Fail unless retired credits are at most QTY')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Check the balance of one project instead of the whole organisation')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Check the balance of one supplier')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Check the balance of one order')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;batch' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show credit batches by ID (fetched concurrently, printed in the order given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s credit batches')
            [CompletionResult]::new('lineage', 'lineage', [CompletionResultType]::ParameterValue, 'Show the split tree a credit batch belongs to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;batch;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;batch;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation, or `me` [default: yours, the token''s]')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only batches from this supplier')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only batches of this project')
            [CompletionResult]::new('--issuance', '--issuance', [CompletionResultType]::ParameterName, 'Only batches of this issuance')
            [CompletionResult]::new('--delivery', '--delivery', [CompletionResultType]::ParameterName, 'Only batches of this delivery')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only batches of this order')
            [CompletionResult]::new('--retirement', '--retirement', [CompletionResultType]::ParameterName, 'Only batches of this retirement')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only batches with these statuses (repeat or comma-separate)')
            [CompletionResult]::new('--issued-after', '--issued-after', [CompletionResultType]::ParameterName, 'Only batches issued after this date or time (2024-01-31 or 2024-01-31T12:00:00Z)')
            [CompletionResult]::new('--issued-before', '--issued-before', [CompletionResultType]::ParameterName, 'Only batches issued before this date or time')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by issue date')
            [CompletionResult]::new('--shards', '--shards', [CompletionResultType]::ParameterName, 'With --all: time windows fetched side by side (1 = off) [default: --concurrency, when the list is long and the server slow to answer]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;batch;lineage' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;batch;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show credit batches by ID (fetched concurrently, printed in the order given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s credit batches')
            [CompletionResult]::new('lineage', 'lineage', [CompletionResultType]::ParameterValue, 'Show the split tree a credit batch belongs to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;batch;help;get' {
            break
        }
        'isoreg;batch;help;list' {
            break
        }
        'isoreg;batch;help;lineage' {
            break
        }
        'isoreg;batch;help;help' {
            break
        }
        'isoreg;issuance' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issuances')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one issuance')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The issuance''s original supplier and buffer-pool batches, with totals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;issuance;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;issuance;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;issuance;batches' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to show (at least 1)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;issuance;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issuances')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one issuance')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The issuance''s original supplier and buffer-pool batches, with totals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;issuance;help;list' {
            break
        }
        'isoreg;issuance;help;get' {
            break
        }
        'isoreg;issuance;help;batches' {
            break
        }
        'isoreg;issuance;help;help' {
            break
        }
        'isoreg;delivery' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deliveries')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one delivery')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a delivery')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;delivery;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only deliveries from this supplier (`me`: your own supplier)')
            [CompletionResult]::new('--from-supplier', '--from-supplier', [CompletionResultType]::ParameterName, 'Only deliveries from this supplier (`me`: your own supplier)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only deliveries to this organisation (`me`: yours)')
            [CompletionResult]::new('--to-org', '--to-org', [CompletionResultType]::ParameterName, 'Only deliveries to this organisation (`me`: yours)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;delivery;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;delivery;batches' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to show (at least 1)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;delivery;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deliveries')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one delivery')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a delivery')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;delivery;help;list' {
            break
        }
        'isoreg;delivery;help;get' {
            break
        }
        'isoreg;delivery;help;batches' {
            break
        }
        'isoreg;delivery;help;help' {
            break
        }
        'isoreg;retirement' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List retirements')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one retirement')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a retirement')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;retirement;list' {
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only retirements by this owner organisation (`me`: yours)')
            [CompletionResult]::new('--beneficiary', '--beneficiary', [CompletionResultType]::ParameterName, 'Only retirements for this beneficiary organisation (`me`: yours)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;retirement;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;retirement;batches' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to show (at least 1)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;retirement;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List retirements')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one retirement')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a retirement')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;retirement;help;list' {
            break
        }
        'isoreg;retirement;help;get' {
            break
        }
        'isoreg;retirement;help;batches' {
            break
        }
        'isoreg;retirement;help;help' {
            break
        }
        'isoreg;transfer' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List transfers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one transfer')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a transfer')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Transfer credits to another organisation (a write): plan, confirm, send once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;transfer;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only transfers from this organisation (`me`: yours)')
            [CompletionResult]::new('--from-org', '--from-org', [CompletionResultType]::ParameterName, 'Only transfers from this organisation (`me`: yours)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only transfers to this organisation (`me`: yours)')
            [CompletionResult]::new('--to-org', '--to-org', [CompletionResultType]::ParameterName, 'Only transfers to this organisation (`me`: yours)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;transfer;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;transfer;batches' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to show (at least 1)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;transfer;create' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The receiving organisation, one of `isoreg transferee list` (not `me`)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'The supplier the credits come from (one supplier per transfer)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note shown publicly with the transfer (at most 256 characters)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Transfer from this batch (ID or ID=QTY); repeat. Default: the oldest batches')
            [CompletionResult]::new('--request-key', '--request-key', [CompletionResultType]::ParameterName, 'Record the write under KEY: one key is never sent twice')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed off a terminal)')
            [CompletionResult]::new('--allow-writes', '--allow-writes', [CompletionResultType]::ParameterName, 'Write even if the profile lacks `allow_writes = true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;transfer;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List transfers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one transfer')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a transfer')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Transfer credits to another organisation (a write): plan, confirm, send once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;transfer;help;list' {
            break
        }
        'isoreg;transfer;help;get' {
            break
        }
        'isoreg;transfer;help;batches' {
            break
        }
        'isoreg;transfer;help;create' {
            break
        }
        'isoreg;transfer;help;help' {
            break
        }
        'isoreg;retire' {
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'The supplier the credits come from (one supplier per retirement)')
            [CompletionResult]::new('--beneficiary', '--beneficiary', [CompletionResultType]::ParameterName, 'The organisation the credits are retired for: an ID from `beneficiary list`, or `me`')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'Why (repeat or comma-separate)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note shown publicly with the retirement (at most 256 characters)')
            [CompletionResult]::new('--vintage', '--vintage', [CompletionResultType]::ParameterName, 'With --from-oldest: only credits issued in this year')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'With --from-oldest: only credits delivered under this order')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Retire from this batch (ID, or ID=QTY for part of it); repeat. Without --batch or --from-oldest, isoreg picks the oldest batches itself')
            [CompletionResult]::new('--request-key', '--request-key', [CompletionResultType]::ParameterName, 'Record the write under KEY: one key is never sent twice')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--from-oldest', '--from-oldest', [CompletionResultType]::ParameterName, 'Let the registry pick its oldest credits (POST /retirements/from_oldest_credits)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed off a terminal)')
            [CompletionResult]::new('--allow-writes', '--allow-writes', [CompletionResultType]::ParameterName, 'Write even if the profile lacks `allow_writes = true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;deliver' {
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The order to deliver against (one of your supplier''s orders)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Deliver this batch (ID for all of it, or ID=QTY); repeat')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note shown publicly with the delivery (at most 256 characters)')
            [CompletionResult]::new('--request-key', '--request-key', [CompletionResultType]::ParameterName, 'Record the write under KEY: one key is never sent twice')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed off a terminal)')
            [CompletionResult]::new('--allow-writes', '--allow-writes', [CompletionResultType]::ParameterName, 'Write even if the profile lacks `allow_writes = true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;order' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s or a supplier''s orders')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'The deliveries of an order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;order;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;order;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The buyer organisation, or `me` [default: yours, the token''s]')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'The supplier')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;order;deliveries' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;order;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s or a supplier''s orders')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'The deliveries of an order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;order;help;get' {
            break
        }
        'isoreg;order;help;list' {
            break
        }
        'isoreg;order;help;deliveries' {
            break
        }
        'isoreg;order;help;help' {
            break
        }
        'isoreg;supplier' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List suppliers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one supplier')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The supplier your token belongs to')
            [CompletionResult]::new('issuances', 'issuances', [CompletionResultType]::ParameterValue, 'A supplier''s issuances')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'A supplier''s projects')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'A supplier''s orders')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'A supplier''s deliveries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;supplier;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;supplier;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;supplier;current' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;supplier;issuances' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;supplier;projects' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;supplier;orders' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;supplier;deliveries' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;supplier;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List suppliers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one supplier')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The supplier your token belongs to')
            [CompletionResult]::new('issuances', 'issuances', [CompletionResultType]::ParameterValue, 'A supplier''s issuances')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'A supplier''s projects')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'A supplier''s orders')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'A supplier''s deliveries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;supplier;help;list' {
            break
        }
        'isoreg;supplier;help;get' {
            break
        }
        'isoreg;supplier;help;current' {
            break
        }
        'isoreg;supplier;help;issuances' {
            break
        }
        'isoreg;supplier;help;projects' {
            break
        }
        'isoreg;supplier;help;orders' {
            break
        }
        'isoreg;supplier;help;deliveries' {
            break
        }
        'isoreg;supplier;help;help' {
            break
        }
        'isoreg;project' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('documents', 'documents', [CompletionResultType]::ParameterValue, 'A project''s documents')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;project;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;project;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;project;documents' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;project;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('documents', 'documents', [CompletionResultType]::ParameterValue, 'A project''s documents')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;project;help;list' {
            break
        }
        'isoreg;project;help;get' {
            break
        }
        'isoreg;project;help;documents' {
            break
        }
        'isoreg;project;help;help' {
            break
        }
        'isoreg;org' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The organisation your token belongs to')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organisation (`me`: yours, as `org current`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;org;current' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;org;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;org;help' {
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The organisation your token belongs to')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organisation (`me`: yours, as `org current`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;org;help;current' {
            break
        }
        'isoreg;org;help;get' {
            break
        }
        'isoreg;org;help;help' {
            break
        }
        'isoreg;refund' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one buffer-pool refund')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a refund')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;refund;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;refund;batches' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to show (at least 1)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;refund;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one buffer-pool refund')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a refund')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;refund;help;get' {
            break
        }
        'isoreg;refund;help;batches' {
            break
        }
        'isoreg;refund;help;help' {
            break
        }
        'isoreg;beneficiary' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a beneficiary: an organisation (--domain) or an individual (--email). A write')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;beneficiary;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;beneficiary;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The public name shown on retirement certificates (at most 256 characters)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'An organisation''s domain (not shown on the registry)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'An individual''s email (not shown on the registry)')
            [CompletionResult]::new('--request-key', '--request-key', [CompletionResultType]::ParameterName, 'Record the write under KEY: one key is never sent twice')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed off a terminal)')
            [CompletionResult]::new('--allow-writes', '--allow-writes', [CompletionResultType]::ParameterName, 'Write even if the profile lacks `allow_writes = true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;beneficiary;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a beneficiary: an organisation (--domain) or an individual (--email). A write')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;beneficiary;help;list' {
            break
        }
        'isoreg;beneficiary;help;add' {
            break
        }
        'isoreg;beneficiary;help;help' {
            break
        }
        'isoreg;transferee' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;transferee;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most items to list (at least 1)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1–50')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start listing after this cursor (from a previous page''s end_cursor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every item (ignores --limit)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;transferee;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;transferee;help;list' {
            break
        }
        'isoreg;transferee;help;help' {
            break
        }
        'isoreg;check' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'The policy file [default: isoreg-policy.toml in the current folder]')
            [CompletionResult]::new('--junit', '--junit', [CompletionResultType]::ParameterName, 'Also write a JUnit XML report (one test case per rule) to FILE')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Write the report as Markdown to FILE (without FILE: to stdout, instead of the report for people)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The local copy''s file [default: <data dir>/isoreg/<profile>.sqlite]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--github', '--github', [CompletionResultType]::ParameterName, 'Print GitHub Actions workflow commands for broken rules, and append a Markdown summary to $GITHUB_STEP_SUMMARY when it is set')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Write a commented starter policy from the organisation''s current state (to --policy FILE), then stop')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --init: replace an existing policy file')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;reconcile' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation, as other commands take it (the same as the ORG argument)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--only-diff', '--only-diff', [CompletionResultType]::ParameterName, 'Show only the totals that differ (none when all agree)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;report' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('retirements', 'retirements', [CompletionResultType]::ParameterValue, 'A retirement statement for a period: totals, breakdowns, tonnes per month, every retirement')
            [CompletionResult]::new('holdings', 'holdings', [CompletionResultType]::ParameterValue, 'Active credits by project, vintage, supplier and age, and orders not yet fully delivered')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;report;retirements' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organisation ID, or `me` [default: yours]')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Write the report as one self-contained web page to FILE (nothing on stdout)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Read the local copy in FILE (made by `isoreg sync`) instead of the API')
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'With --db: use this snapshot instead of the latest')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'A calendar year [default: the last full calendar year]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the period (YYYY-MM-DD) [default: 1 January of --to''s year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the period, included (YYYY-MM-DD) [default: today]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;report;holdings' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organisation ID, or `me` [default: yours]')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Write the report as one self-contained web page to FILE (nothing on stdout)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Read the local copy in FILE (made by `isoreg sync`) instead of the API')
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'With --db: use this snapshot instead of the latest')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;report;help' {
            [CompletionResult]::new('retirements', 'retirements', [CompletionResultType]::ParameterValue, 'A retirement statement for a period: totals, breakdowns, tonnes per month, every retirement')
            [CompletionResult]::new('holdings', 'holdings', [CompletionResultType]::ParameterValue, 'Active credits by project, vintage, supplier and age, and orders not yet fully delivered')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;report;help;retirements' {
            break
        }
        'isoreg;report;help;holdings' {
            break
        }
        'isoreg;report;help;help' {
            break
        }
        'isoreg;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Query field key=value (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Query field key=value (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow end_cursor through every page and emit the nodes')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile, asking for the secrets without echoing them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from (secrets masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value of a profile (base_url, client_secret, access_token, allow_writes) or default_profile')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;config;init' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Check the credentials live (GET /organisation) without asking; on a terminal isoreg asks')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;config;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;config;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;config;path' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;config;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile, asking for the secrets without echoing them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from (secrets masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value of a profile (base_url, client_secret, access_token, allow_writes) or default_profile')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;config;help;init' {
            break
        }
        'isoreg;config;help;show' {
            break
        }
        'isoreg;config;help;set' {
            break
        }
        'isoreg;config;help;path' {
            break
        }
        'isoreg;config;help;help' {
            break
        }
        'isoreg;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Ask the API who you are, and show when the token expires')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Ask the API who you are, and show when the token expires')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;auth;help;status' {
            break
        }
        'isoreg;auth;help;help' {
            break
        }
        'isoreg;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;sync' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The local copy''s file [default: <data dir>/isoreg/<profile>.sqlite]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;sql' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The local copy''s file [default: <data dir>/isoreg/<profile>.sqlite]')
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'Query this snapshot instead of the latest')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Print the views and their columns instead')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;diff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The local copy''s file [default: <data dir>/isoreg/<profile>.sqlite]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The older snapshot [default: the one before --to]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The newer snapshot [default: the latest]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('--fail-on-change', '--fail-on-change', [CompletionResultType]::ParameterName, 'Exit 1 when anything changed (for CI)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;find' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The local copy''s file [default: <data dir>/isoreg/<profile>.sqlite]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;emulator' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Dataset seed (same seed, same data)')
            [CompletionResult]::new('--scale', '--scale', [CompletionResultType]::ParameterName, 'Dataset size multiplier (1 ≈ 150 demo-buyer batches, 100 ≈ 10,000+)')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Delay every answer by this many milliseconds')
            [CompletionResult]::new('--fail-first', '--fail-first', [CompletionResultType]::ParameterName, 'Fail the first N requests (see --fail-with)')
            [CompletionResult]::new('--fail-with', '--fail-with', [CompletionResultType]::ParameterName, 'How injected failures fail')
            [CompletionResult]::new('--retry-after', '--retry-after', [CompletionResultType]::ParameterName, 'Retry-After seconds sent with injected 429/503 answers')
            [CompletionResult]::new('--quirk', '--quirk', [CompletionResultType]::ParameterName, 'Misbehave on purpose (repeatable)')
            [CompletionResult]::new('--redirect-to', '--redirect-to', [CompletionResultType]::ParameterName, 'Answer every request with a 307 redirect to this URL prefix')
            [CompletionResult]::new('--token-ttl-days', '--token-ttl-days', [CompletionResultType]::ParameterName, 'Lifetime of the printed tokens, in days (negative: already expired)')
            [CompletionResult]::new('--fail-method', '--fail-method', [CompletionResultType]::ParameterName, 'Count only requests with this method towards --fail-first (e.g. POST)')
            [CompletionResult]::new('--request-log', '--request-log', [CompletionResultType]::ParameterName, 'Append one line per request received (`METHOD /path?query`) to this file')
            [CompletionResult]::new('--fail-script', '--fail-script', [CompletionResultType]::ParameterName, 'The fate of each POST in turn, comma-separated: `ok` or a --fail-with kind (e.g. `ok,commit-500,reset`); later POSTs are answered normally')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'Print the base URL, credentials and sample IDs as a banner (human) or as one JSON object on the first line (json)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL (overrides the profile''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once when fetching many items')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured with auto)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('--raw-output', '--raw-output', [CompletionResultType]::ParameterName, 'With --jq: print string results without quotes (as jq -r and gh do)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show requests and timings on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Don''t look up project, supplier and organisation names for tables')
            [CompletionResult]::new('--csv-raw', '--csv-raw', [CompletionResultType]::ParameterName, 'Write CSV cells exactly as received (no spreadsheet formula protection)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run against a built-in demo registry (no configuration needed)')
            [CompletionResult]::new('--demo-supplier', '--demo-supplier', [CompletionResultType]::ParameterName, 'With --demo: act as the demo supplier''s organisation instead of the demo buyer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'isoreg;help' {
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show an organisation''s credit balance, and check it for CI')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Credit batches')
            [CompletionResult]::new('issuance', 'issuance', [CompletionResultType]::ParameterValue, 'Issuances')
            [CompletionResult]::new('delivery', 'delivery', [CompletionResultType]::ParameterValue, 'Deliveries')
            [CompletionResult]::new('retirement', 'retirement', [CompletionResultType]::ParameterValue, 'Retirements')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Transfers: list, get, batches; create one (a write)')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire credits (a write): plan, confirm, send once')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Deliver credits against an order (a write, with a supplier''s token)')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Orders')
            [CompletionResult]::new('supplier', 'supplier', [CompletionResultType]::ParameterValue, 'Suppliers')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Projects')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organisations')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Buffer-pool refunds')
            [CompletionResult]::new('beneficiary', 'beneficiary', [CompletionResultType]::ParameterValue, 'Retirement beneficiaries of your organisation: list, or add one (a write)')
            [CompletionResult]::new('transferee', 'transferee', [CompletionResultType]::ParameterValue, 'Organisations you can transfer credits to')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a policy of rules (balances, reconciliation, token, orders, retirements, changes, SQL) for CI')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Re-add an organisation''s credit batches and compare them with its balance')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Statements with charts: retirements for a period, holdings (terminal, JSON, CSV or a web page)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'GET any API path, raw')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Local configuration')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy the registry and your own data into a local SQLite file, as a new snapshot')
            [CompletionResult]::new('sql', 'sql', [CompletionResultType]::ParameterValue, 'Run read-only SQL on the local copy (the latest snapshot, or --snapshot N)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Say what changed between two snapshots of the local copy')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Look up any id, serial number, credit number or name')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Serve a local registry emulator over HTTP')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'isoreg;help;balance' {
            break
        }
        'isoreg;help;batch' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show credit batches by ID (fetched concurrently, printed in the order given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s credit batches')
            [CompletionResult]::new('lineage', 'lineage', [CompletionResultType]::ParameterValue, 'Show the split tree a credit batch belongs to')
            break
        }
        'isoreg;help;batch;get' {
            break
        }
        'isoreg;help;batch;list' {
            break
        }
        'isoreg;help;batch;lineage' {
            break
        }
        'isoreg;help;issuance' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issuances')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one issuance')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The issuance''s original supplier and buffer-pool batches, with totals')
            break
        }
        'isoreg;help;issuance;list' {
            break
        }
        'isoreg;help;issuance;get' {
            break
        }
        'isoreg;help;issuance;batches' {
            break
        }
        'isoreg;help;delivery' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deliveries')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one delivery')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a delivery')
            break
        }
        'isoreg;help;delivery;list' {
            break
        }
        'isoreg;help;delivery;get' {
            break
        }
        'isoreg;help;delivery;batches' {
            break
        }
        'isoreg;help;retirement' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List retirements')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one retirement')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a retirement')
            break
        }
        'isoreg;help;retirement;list' {
            break
        }
        'isoreg;help;retirement;get' {
            break
        }
        'isoreg;help;retirement;batches' {
            break
        }
        'isoreg;help;transfer' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List transfers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one transfer')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a transfer')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Transfer credits to another organisation (a write): plan, confirm, send once')
            break
        }
        'isoreg;help;transfer;list' {
            break
        }
        'isoreg;help;transfer;get' {
            break
        }
        'isoreg;help;transfer;batches' {
            break
        }
        'isoreg;help;transfer;create' {
            break
        }
        'isoreg;help;retire' {
            break
        }
        'isoreg;help;deliver' {
            break
        }
        'isoreg;help;order' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an organisation''s or a supplier''s orders')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'The deliveries of an order')
            break
        }
        'isoreg;help;order;get' {
            break
        }
        'isoreg;help;order;list' {
            break
        }
        'isoreg;help;order;deliveries' {
            break
        }
        'isoreg;help;supplier' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List suppliers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one supplier')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The supplier your token belongs to')
            [CompletionResult]::new('issuances', 'issuances', [CompletionResultType]::ParameterValue, 'A supplier''s issuances')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'A supplier''s projects')
            [CompletionResult]::new('orders', 'orders', [CompletionResultType]::ParameterValue, 'A supplier''s orders')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'A supplier''s deliveries')
            break
        }
        'isoreg;help;supplier;list' {
            break
        }
        'isoreg;help;supplier;get' {
            break
        }
        'isoreg;help;supplier;current' {
            break
        }
        'isoreg;help;supplier;issuances' {
            break
        }
        'isoreg;help;supplier;projects' {
            break
        }
        'isoreg;help;supplier;orders' {
            break
        }
        'isoreg;help;supplier;deliveries' {
            break
        }
        'isoreg;help;project' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('documents', 'documents', [CompletionResultType]::ParameterValue, 'A project''s documents')
            break
        }
        'isoreg;help;project;list' {
            break
        }
        'isoreg;help;project;get' {
            break
        }
        'isoreg;help;project;documents' {
            break
        }
        'isoreg;help;org' {
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'The organisation your token belongs to')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organisation (`me`: yours, as `org current`)')
            break
        }
        'isoreg;help;org;current' {
            break
        }
        'isoreg;help;org;get' {
            break
        }
        'isoreg;help;refund' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one buffer-pool refund')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'The credit batches of a refund')
            break
        }
        'isoreg;help;refund;get' {
            break
        }
        'isoreg;help;refund;batches' {
            break
        }
        'isoreg;help;beneficiary' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a beneficiary: an organisation (--domain) or an individual (--email). A write')
            break
        }
        'isoreg;help;beneficiary;list' {
            break
        }
        'isoreg;help;beneficiary;add' {
            break
        }
        'isoreg;help;transferee' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            break
        }
        'isoreg;help;transferee;list' {
            break
        }
        'isoreg;help;check' {
            break
        }
        'isoreg;help;reconcile' {
            break
        }
        'isoreg;help;report' {
            [CompletionResult]::new('retirements', 'retirements', [CompletionResultType]::ParameterValue, 'A retirement statement for a period: totals, breakdowns, tonnes per month, every retirement')
            [CompletionResult]::new('holdings', 'holdings', [CompletionResultType]::ParameterValue, 'Active credits by project, vintage, supplier and age, and orders not yet fully delivered')
            break
        }
        'isoreg;help;report;retirements' {
            break
        }
        'isoreg;help;report;holdings' {
            break
        }
        'isoreg;help;api' {
            break
        }
        'isoreg;help;config' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile, asking for the secrets without echoing them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from (secrets masked)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value of a profile (base_url, client_secret, access_token, allow_writes) or default_profile')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            break
        }
        'isoreg;help;config;init' {
            break
        }
        'isoreg;help;config;show' {
            break
        }
        'isoreg;help;config;set' {
            break
        }
        'isoreg;help;config;path' {
            break
        }
        'isoreg;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Ask the API who you are, and show when the token expires')
            break
        }
        'isoreg;help;auth;status' {
            break
        }
        'isoreg;help;completions' {
            break
        }
        'isoreg;help;sync' {
            break
        }
        'isoreg;help;sql' {
            break
        }
        'isoreg;help;diff' {
            break
        }
        'isoreg;help;find' {
            break
        }
        'isoreg;help;emulator' {
            break
        }
        'isoreg;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
