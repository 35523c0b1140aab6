# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_isoreg_global_optspecs
    string join \n profile= base-url= o/output= fields= jq= r/raw-output units= timeout= retries= concurrency= v/verbose q/quiet color= no-pager no-resolve csv-raw demo demo-supplier h/help V/version
end

function __fish_isoreg_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_isoreg_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_isoreg_using_subcommand
    set -l cmd (__fish_isoreg_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c isoreg -n "__fish_isoreg_needs_command" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_needs_command" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_needs_command" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_needs_command" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_needs_command" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_needs_command" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_needs_command" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_needs_command" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_needs_command" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_needs_command" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_needs_command" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_needs_command" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_needs_command" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_needs_command" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_needs_command" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_needs_command" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_needs_command" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_needs_command" -s V -l version -d 'Print version'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "balance" -d 'Show an organisation\'s credit balance, and check it for CI'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "batch" -d 'Credit batches'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "issuance" -d 'Issuances'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "delivery" -d 'Deliveries'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "retirement" -d 'Retirements'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "transfer" -d 'Transfers: list, get, batches; create one (a write)'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "retire" -d 'Retire credits (a write): plan, confirm, send once'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "deliver" -d 'Deliver credits against an order (a write, with a supplier\'s token)'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "order" -d 'Orders'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "supplier" -d 'Suppliers'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "project" -d 'Projects'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "org" -d 'Organisations'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "refund" -d 'Buffer-pool refunds'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "beneficiary" -d 'Retirement beneficiaries of your organisation: list, or add one (a write)'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "transferee" -d 'Organisations you can transfer credits to'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "check" -d 'Check a policy of rules (balances, reconciliation, token, orders, retirements, changes, SQL) for CI'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "reconcile" -d 'Re-add an organisation\'s credit batches and compare them with its balance'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "report" -d 'Statements with charts: retirements for a period, holdings (terminal, JSON, CSV or a web page)'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "api" -d 'GET any API path, raw'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "config" -d 'Local configuration'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "auth" -d 'Credentials'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "sync" -d 'Copy the registry and your own data into a local SQLite file, as a new snapshot'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "sql" -d 'Run read-only SQL on the local copy (the latest snapshot, or --snapshot N)'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "diff" -d 'Say what changed between two snapshots of the local copy'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "find" -d 'Look up any id, serial number, credit number or name'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "emulator" -d 'Serve a local registry emulator over HTTP'
complete -c isoreg -n "__fish_isoreg_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l org -d 'The organisation, as other commands take it (the same as the ORG argument)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l min-active -d 'Fail (exit 1) unless active credits are at least QTY (100, 100t, 125.632, 125632kg)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l max-active -d 'Fail unless active credits are at most QTY' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l min-retired -d 'Fail unless retired credits are at least QTY' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l max-retired -d 'Fail unless retired credits are at most QTY' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l project -d 'Check the balance of one project instead of the whole organisation' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l supplier -d 'Check the balance of one supplier' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l order -d 'Check the balance of one order' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -f -a "get" -d 'Show credit batches by ID (fetched concurrently, printed in the order given)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -f -a "list" -d 'List an organisation\'s credit batches'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -f -a "lineage" -d 'Show the split tree a credit batch belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and not __fish_seen_subcommand_from get list lineage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l org -d 'The organisation, or `me` [default: yours, the token\'s]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l supplier -d 'Only batches from this supplier' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l project -d 'Only batches of this project' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l issuance -d 'Only batches of this issuance' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l delivery -d 'Only batches of this delivery' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l order -d 'Only batches of this order' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l retirement -d 'Only batches of this retirement' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l status -d 'Only batches with these statuses (repeat or comma-separate)' -r -f -a "active\t''
split\t''
retired\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l issued-after -d 'Only batches issued after this date or time (2024-01-31 or 2024-01-31T12:00:00Z)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l issued-before -d 'Only batches issued before this date or time' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l sort -d 'Sort by issue date' -r -f -a "asc\t''
desc\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l shards -d 'With --all: time windows fetched side by side (1 = off) [default: --concurrency, when the list is long and the server slow to answer]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from lineage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show credit batches by ID (fetched concurrently, printed in the order given)'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an organisation\'s credit batches'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "lineage" -d 'Show the split tree a credit batch belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -f -a "list" -d 'List issuances'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -f -a "get" -d 'Show one issuance'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -f -a "batches" -d 'The issuance\'s original supplier and buffer-pool batches, with totals'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and not __fish_seen_subcommand_from list get batches help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l limit -d 'Most items to show (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l all -d 'Show every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from help" -f -a "list" -d 'List issuances'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one issuance'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from help" -f -a "batches" -d 'The issuance\'s original supplier and buffer-pool batches, with totals'
complete -c isoreg -n "__fish_isoreg_using_subcommand issuance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -f -a "list" -d 'List deliveries'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -f -a "get" -d 'Show one delivery'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -f -a "batches" -d 'The credit batches of a delivery'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and not __fish_seen_subcommand_from list get batches help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l from -l from-supplier -d 'Only deliveries from this supplier (`me`: your own supplier)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l to -l to-org -d 'Only deliveries to this organisation (`me`: yours)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l limit -d 'Most items to show (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l all -d 'Show every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "list" -d 'List deliveries'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one delivery'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "batches" -d 'The credit batches of a delivery'
complete -c isoreg -n "__fish_isoreg_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -f -a "list" -d 'List retirements'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -f -a "get" -d 'Show one retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -f -a "batches" -d 'The credit batches of a retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and not __fish_seen_subcommand_from list get batches help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l owner -d 'Only retirements by this owner organisation (`me`: yours)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l beneficiary -d 'Only retirements for this beneficiary organisation (`me`: yours)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l limit -d 'Most items to show (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l all -d 'Show every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from help" -f -a "list" -d 'List retirements'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from help" -f -a "batches" -d 'The credit batches of a retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand retirement; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -f -a "list" -d 'List transfers'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -f -a "get" -d 'Show one transfer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -f -a "batches" -d 'The credit batches of a transfer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -f -a "create" -d 'Transfer credits to another organisation (a write): plan, confirm, send once'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and not __fish_seen_subcommand_from list get batches create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l from -l from-org -d 'Only transfers from this organisation (`me`: yours)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l to -l to-org -d 'Only transfers to this organisation (`me`: yours)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l limit -d 'Most items to show (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l all -d 'Show every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l to -d 'The receiving organisation, one of `isoreg transferee list` (not `me`)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l supplier -d 'The supplier the credits come from (one supplier per transfer)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l note -d 'A note shown publicly with the transfer (at most 256 characters)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l batch -d 'Transfer from this batch (ID or ID=QTY); repeat. Default: the oldest batches' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l request-key -d 'Record the write under KEY: one key is never sent twice' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the plan and send nothing'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation (needed off a terminal)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l allow-writes -d 'Write even if the profile lacks `allow_writes = true`'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List transfers'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one transfer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "batches" -d 'The credit batches of a transfer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "create" -d 'Transfer credits to another organisation (a write): plan, confirm, send once'
complete -c isoreg -n "__fish_isoreg_using_subcommand transfer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l supplier -d 'The supplier the credits come from (one supplier per retirement)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l beneficiary -d 'The organisation the credits are retired for: an ID from `beneficiary list`, or `me`' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l purpose -d 'Why (repeat or comma-separate)' -r -f -a "corporate_targets\t''
public_environmental_claims\t''
insetting\t''
regulatory_requirement\t''
other\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l note -d 'A note shown publicly with the retirement (at most 256 characters)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l vintage -d 'With --from-oldest: only credits issued in this year' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l order -d 'With --from-oldest: only credits delivered under this order' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l batch -d 'Retire from this batch (ID, or ID=QTY for part of it); repeat. Without --batch or --from-oldest, isoreg picks the oldest batches itself' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l request-key -d 'Record the write under KEY: one key is never sent twice' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l from-oldest -d 'Let the registry pick its oldest credits (POST /retirements/from_oldest_credits)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l dry-run -d 'Print the plan and send nothing'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -s y -l yes -d 'Do not ask for confirmation (needed off a terminal)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l allow-writes -d 'Write even if the profile lacks `allow_writes = true`'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand retire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l order -d 'The order to deliver against (one of your supplier\'s orders)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l batch -d 'Deliver this batch (ID for all of it, or ID=QTY); repeat' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l note -d 'A note shown publicly with the delivery (at most 256 characters)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l request-key -d 'Record the write under KEY: one key is never sent twice' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l dry-run -d 'Print the plan and send nothing'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -s y -l yes -d 'Do not ask for confirmation (needed off a terminal)'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l allow-writes -d 'Write even if the profile lacks `allow_writes = true`'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand deliver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -f -a "get" -d 'Show one order'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -f -a "list" -d 'List an organisation\'s or a supplier\'s orders'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -f -a "deliveries" -d 'The deliveries of an order'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and not __fish_seen_subcommand_from get list deliveries help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l org -d 'The buyer organisation, or `me` [default: yours, the token\'s]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l supplier -d 'The supplier' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from deliveries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one order'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an organisation\'s or a supplier\'s orders'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "deliveries" -d 'The deliveries of an order'
complete -c isoreg -n "__fish_isoreg_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -f -a "list" -d 'List suppliers'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -f -a "get" -d 'Show one supplier'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -f -a "current" -d 'The supplier your token belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -f -a "issuances" -d 'A supplier\'s issuances'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -f -a "projects" -d 'A supplier\'s projects'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -f -a "orders" -d 'A supplier\'s orders'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -f -a "deliveries" -d 'A supplier\'s deliveries'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and not __fish_seen_subcommand_from list get current issuances projects orders deliveries help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from issuances" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from projects" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from orders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from deliveries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "list" -d 'List suppliers'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one supplier'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "current" -d 'The supplier your token belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "issuances" -d 'A supplier\'s issuances'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "projects" -d 'A supplier\'s projects'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "orders" -d 'A supplier\'s orders'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "deliveries" -d 'A supplier\'s deliveries'
complete -c isoreg -n "__fish_isoreg_using_subcommand supplier; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -f -a "list" -d 'List projects'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -f -a "get" -d 'Show one project'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -f -a "documents" -d 'A project\'s documents'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and not __fish_seen_subcommand_from list get documents help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from documents" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one project'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "documents" -d 'A project\'s documents'
complete -c isoreg -n "__fish_isoreg_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -f -a "current" -d 'The organisation your token belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -f -a "get" -d 'Show one organisation (`me`: yours, as `org current`)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and not __fish_seen_subcommand_from current get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "current" -d 'The organisation your token belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one organisation (`me`: yours, as `org current`)'
complete -c isoreg -n "__fish_isoreg_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -f -a "get" -d 'Show one buffer-pool refund'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -f -a "batches" -d 'The credit batches of a refund'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and not __fish_seen_subcommand_from get batches help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l limit -d 'Most items to show (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l all -d 'Show every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one buffer-pool refund'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "batches" -d 'The credit batches of a refund'
complete -c isoreg -n "__fish_isoreg_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -f -a "list" -d 'List them'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -f -a "add" -d 'Create a beneficiary: an organisation (--domain) or an individual (--email). A write'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and not __fish_seen_subcommand_from list add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l name -d 'The public name shown on retirement certificates (at most 256 characters)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l domain -d 'An organisation\'s domain (not shown on the registry)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l email -d 'An individual\'s email (not shown on the registry)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l request-key -d 'Record the write under KEY: one key is never sent twice' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the plan and send nothing'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask for confirmation (needed off a terminal)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l allow-writes -d 'Write even if the profile lacks `allow_writes = true`'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a beneficiary: an organisation (--domain) or an individual (--email). A write'
complete -c isoreg -n "__fish_isoreg_using_subcommand beneficiary; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List them'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l limit -d 'Most items to list (at least 1)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1–50' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l after -d 'Start listing after this cursor (from a previous page\'s end_cursor)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l all -d 'List every item (ignores --limit)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c isoreg -n "__fish_isoreg_using_subcommand transferee; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l policy -d 'The policy file [default: isoreg-policy.toml in the current folder]' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l junit -d 'Also write a JUnit XML report (one test case per rule) to FILE' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l markdown -d 'Write the report as Markdown to FILE (without FILE: to stdout, instead of the report for people)' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l db -d 'The local copy\'s file [default: <data dir>/isoreg/<profile>.sqlite]' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l github -d 'Print GitHub Actions workflow commands for broken rules, and append a Markdown summary to $GITHUB_STEP_SUMMARY when it is set'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l init -d 'Write a commented starter policy from the organisation\'s current state (to --policy FILE), then stop'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l force -d 'With --init: replace an existing policy file'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l org -d 'The organisation, as other commands take it (the same as the ORG argument)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l only-diff -d 'Show only the totals that differ (none when all agree)'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand reconcile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -f -a "retirements" -d 'A retirement statement for a period: totals, breakdowns, tonnes per month, every retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -f -a "holdings" -d 'Active credits by project, vintage, supplier and age, and orders not yet fully delivered'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and not __fish_seen_subcommand_from retirements holdings help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l org -d 'Organisation ID, or `me` [default: yours]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l html -d 'Write the report as one self-contained web page to FILE (nothing on stdout)' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l db -d 'Read the local copy in FILE (made by `isoreg sync`) instead of the API' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l snapshot -d 'With --db: use this snapshot instead of the latest' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l year -d 'A calendar year [default: the last full calendar year]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l from -d 'First day of the period (YYYY-MM-DD) [default: 1 January of --to\'s year]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l to -d 'Last day of the period, included (YYYY-MM-DD) [default: today]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from retirements" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l org -d 'Organisation ID, or `me` [default: yours]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l html -d 'Write the report as one self-contained web page to FILE (nothing on stdout)' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l db -d 'Read the local copy in FILE (made by `isoreg sync`) instead of the API' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l snapshot -d 'With --db: use this snapshot instead of the latest' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from holdings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "retirements" -d 'A retirement statement for a period: totals, breakdowns, tonnes per month, every retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "holdings" -d 'Active credits by project, vintage, supplier and age, and orders not yet fully delivered'
complete -c isoreg -n "__fish_isoreg_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -s f -l field -d 'Query field key=value (repeatable)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l paginate -d 'Follow end_cursor through every page and emit the nodes'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -f -a "init" -d 'Create or update a profile, asking for the secrets without echoing them'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -f -a "show" -d 'Show the settings in force and where each comes from (secrets masked)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -f -a "set" -d 'Set one value of a profile (base_url, client_secret, access_token, allow_writes) or default_profile'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -f -a "path" -d 'Print the config file\'s path'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and not __fish_seen_subcommand_from init show set path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l verify -d 'Check the credentials live (GET /organisation) without asking; on a terminal isoreg asks'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create or update a profile, asking for the secrets without echoing them'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings in force and where each comes from (secrets masked)'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one value of a profile (base_url, client_secret, access_token, allow_writes) or default_profile'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c isoreg -n "__fish_isoreg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Ask the API who you are, and show when the token expires'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Ask the API who you are, and show when the token expires'
complete -c isoreg -n "__fish_isoreg_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l db -d 'The local copy\'s file [default: <data dir>/isoreg/<profile>.sqlite]' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l db -d 'The local copy\'s file [default: <data dir>/isoreg/<profile>.sqlite]' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l snapshot -d 'Query this snapshot instead of the latest' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l schema -d 'Print the views and their columns instead'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand sql" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l db -d 'The local copy\'s file [default: <data dir>/isoreg/<profile>.sqlite]' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l from -d 'The older snapshot [default: the one before --to]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l to -d 'The newer snapshot [default: the latest]' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l fail-on-change -d 'Exit 1 when anything changed (for CI)'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l db -d 'The local copy\'s file [default: <data dir>/isoreg/<profile>.sqlite]' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l addr -d 'Address to listen on' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l seed -d 'Dataset seed (same seed, same data)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l scale -d 'Dataset size multiplier (1 ≈ 150 demo-buyer batches, 100 ≈ 10,000+)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l latency-ms -d 'Delay every answer by this many milliseconds' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l fail-first -d 'Fail the first N requests (see --fail-with)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l fail-with -d 'How injected failures fail' -r -f -a "503\t''
502\t''
504\t''
500\t''
429\t''
html\t''
truncate\t''
reset\t''
hang\t''
redirect-307\t''
empty-200\t''
commit-500\t''
commit-500-cut\t''
commit-cut\t''
commit-reset\t''
commit-late\t''
commit-302\t''
commit-303-away\t''
commit-wrong\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l retry-after -d 'Retry-After seconds sent with injected 429/503 answers' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l quirk -d 'Misbehave on purpose (repeatable)' -r -f -a "hostile\t''
skew-balance\t''
bad-split\t''
legacy-shape\t''
missing-field\t''
ignore-dates\t''
burst\t''
growing\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l redirect-to -d 'Answer every request with a 307 redirect to this URL prefix' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l token-ttl-days -d 'Lifetime of the printed tokens, in days (negative: already expired)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l fail-method -d 'Count only requests with this method towards --fail-first (e.g. POST)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l request-log -d 'Append one line per request received (`METHOD /path?query`) to this file' -r -F
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l fail-script -d 'The fate of each POST in turn, comma-separated: `ok` or a --fail-with kind (e.g. `ok,commit-500,reset`); later POSTs are answered normally' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l credentials -d 'Print the base URL, credentials and sample IDs as a banner (human) or as one JSON object on the first line (json)' -r -f -a "human\t'The banner for people: `export` lines and a list of sample IDs'
json\t'One JSON object on the first line of stdout, for programs and tests'"
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l profile -d 'Configuration profile to use' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l base-url -d 'API base URL (overrides the profile\'s)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'The table with every column at full width, whatever the terminal'
json\t'One JSON value: an object, or an array for lists'
jsonl\t'One JSON object per line, streamed'
csv\t'A header row and one row per item, streamed'"
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l fields -d 'Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l jq -d 'Filter JSON output with a jq expression (built in; no jq needed)' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l units -d 'Units for quantities in tables (CSV and JSON always carry the exact credit_kgs)' -r -f -a "credits\t'Tonnes of CO₂e with three decimals'
kg\t'Whole kilograms'"
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l timeout -d 'Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l retries -d 'Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l concurrency -d 'Requests in flight at once when fetching many items' -r
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l color -d 'When to use colour (NO_COLOR is honoured with auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -s r -l raw-output -d 'With --jq: print string results without quotes (as jq -r and gh do)'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -s v -l verbose -d 'Show requests and timings on stderr (secrets redacted)'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -s q -l quiet -d 'Print nothing but data and errors'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l no-pager -d 'Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1)'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l no-resolve -d 'Don\'t look up project, supplier and organisation names for tables'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l csv-raw -d 'Write CSV cells exactly as received (no spreadsheet formula protection)'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l demo -d 'Run against a built-in demo registry (no configuration needed)'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -l demo-supplier -d 'With --demo: act as the demo supplier\'s organisation instead of the demo buyer'
complete -c isoreg -n "__fish_isoreg_using_subcommand emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "balance" -d 'Show an organisation\'s credit balance, and check it for CI'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "batch" -d 'Credit batches'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "issuance" -d 'Issuances'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "delivery" -d 'Deliveries'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "retirement" -d 'Retirements'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "transfer" -d 'Transfers: list, get, batches; create one (a write)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "retire" -d 'Retire credits (a write): plan, confirm, send once'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "deliver" -d 'Deliver credits against an order (a write, with a supplier\'s token)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "order" -d 'Orders'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "supplier" -d 'Suppliers'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "project" -d 'Projects'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "org" -d 'Organisations'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "refund" -d 'Buffer-pool refunds'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "beneficiary" -d 'Retirement beneficiaries of your organisation: list, or add one (a write)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "transferee" -d 'Organisations you can transfer credits to'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "check" -d 'Check a policy of rules (balances, reconciliation, token, orders, retirements, changes, SQL) for CI'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "reconcile" -d 'Re-add an organisation\'s credit batches and compare them with its balance'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "report" -d 'Statements with charts: retirements for a period, holdings (terminal, JSON, CSV or a web page)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "api" -d 'GET any API path, raw'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "config" -d 'Local configuration'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "auth" -d 'Credentials'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "completions" -d 'Print a shell completion script'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "sync" -d 'Copy the registry and your own data into a local SQLite file, as a new snapshot'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "sql" -d 'Run read-only SQL on the local copy (the latest snapshot, or --snapshot N)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "diff" -d 'Say what changed between two snapshots of the local copy'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "find" -d 'Look up any id, serial number, credit number or name'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "emulator" -d 'Serve a local registry emulator over HTTP'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and not __fish_seen_subcommand_from balance batch issuance delivery retirement transfer retire deliver order supplier project org refund beneficiary transferee check reconcile report api config auth completions sync sql diff find emulator help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "get" -d 'Show credit batches by ID (fetched concurrently, printed in the order given)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "list" -d 'List an organisation\'s credit batches'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "lineage" -d 'Show the split tree a credit batch belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from issuance" -f -a "list" -d 'List issuances'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from issuance" -f -a "get" -d 'Show one issuance'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from issuance" -f -a "batches" -d 'The issuance\'s original supplier and buffer-pool batches, with totals'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from delivery" -f -a "list" -d 'List deliveries'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from delivery" -f -a "get" -d 'Show one delivery'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from delivery" -f -a "batches" -d 'The credit batches of a delivery'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from retirement" -f -a "list" -d 'List retirements'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from retirement" -f -a "get" -d 'Show one retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from retirement" -f -a "batches" -d 'The credit batches of a retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "list" -d 'List transfers'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "get" -d 'Show one transfer'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "batches" -d 'The credit batches of a transfer'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from transfer" -f -a "create" -d 'Transfer credits to another organisation (a write): plan, confirm, send once'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "get" -d 'Show one order'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "list" -d 'List an organisation\'s or a supplier\'s orders'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "deliveries" -d 'The deliveries of an order'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "list" -d 'List suppliers'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "get" -d 'Show one supplier'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "current" -d 'The supplier your token belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "issuances" -d 'A supplier\'s issuances'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "projects" -d 'A supplier\'s projects'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "orders" -d 'A supplier\'s orders'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from supplier" -f -a "deliveries" -d 'A supplier\'s deliveries'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "list" -d 'List projects'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "get" -d 'Show one project'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "documents" -d 'A project\'s documents'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "current" -d 'The organisation your token belongs to'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "get" -d 'Show one organisation (`me`: yours, as `org current`)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from refund" -f -a "get" -d 'Show one buffer-pool refund'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from refund" -f -a "batches" -d 'The credit batches of a refund'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from beneficiary" -f -a "list" -d 'List them'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from beneficiary" -f -a "add" -d 'Create a beneficiary: an organisation (--domain) or an individual (--email). A write'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from transferee" -f -a "list" -d 'List them'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "retirements" -d 'A retirement statement for a period: totals, breakdowns, tonnes per month, every retirement'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "holdings" -d 'Active credits by project, vintage, supplier and age, and orders not yet fully delivered'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Create or update a profile, asking for the secrets without echoing them'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the settings in force and where each comes from (secrets masked)'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set one value of a profile (base_url, client_secret, access_token, allow_writes) or default_profile'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
complete -c isoreg -n "__fish_isoreg_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Ask the API who you are, and show when the token expires'
