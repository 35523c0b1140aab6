//! Names beside IDs in tables: project, supplier and organisation IDs found in
//! the rows are looked up concurrently, once per run, so a balance by project
//! reads "prj_… Alpha Biochar". Lookups that fail just leave the bare ID.
//! JSON and CSV never change; `--no-resolve` skips this.

use super::ctx::Ctx;
use futures::StreamExt;
use serde_json::Value;
use std::collections::BTreeSet;

/// Looks up the names of the IDs in `rows` (tables only) and hands them to the renderer.
pub async fn ids_and_names(ctx: &mut Ctx, rows: &[Value]) {
    if !ctx.out.shows_names() || ctx.global.no_resolve {
        return;
    }
    let mut wanted = BTreeSet::new();
    for r in rows {
        collect(r, 0, &mut wanted);
    }
    wanted.retain(|id| !ctx.out.has_name(id));
    if wanted.is_empty() {
        return;
    }
    let Ok(client) = ctx.client() else { return };
    let found: Vec<(String, String)> = futures::stream::iter(wanted)
        .map(|id| {
            let client = client.clone();
            async move {
                let path = lookup_path(&id)?;
                let v = client.get(&path, &[]).await.ok()?;
                name_of(&id, &v).map(|n| (id, n))
            }
        })
        .buffer_unordered(ctx.global.concurrency as usize)
        .filter_map(|x| async move { x })
        .collect()
        .await;
    ctx.out.add_names(found);
}

fn collect(v: &Value, depth: usize, out: &mut BTreeSet<String>) {
    match v {
        Value::String(s) if lookup_path(s).is_some() => {
            out.insert(s.clone());
        }
        Value::Object(m) if depth < 2 => m.values().for_each(|c| collect(c, depth + 1, out)),
        _ => {}
    }
}

/// The kind of a named ID (project, supplier, organisation: the registry's
/// kinds with a name path), if this string is one.
fn named_kind(id: &str) -> Option<&'static crate::resource::ResourceKind> {
    crate::ids::check_safe(id, "resource").ok()?;
    let (prefix, _) = id.split_once('_')?;
    crate::resource::by_prefix(prefix).filter(|k| !k.name_path.is_empty())
}

fn lookup_path(id: &str) -> Option<String> {
    Some(format!("/{}/{id}", named_kind(id)?.collection))
}

fn name_of(id: &str, v: &Value) -> Option<String> {
    let path = named_kind(id)?.name_path;
    path.iter().try_fold(v, |cur, key| cur.get(key))?.as_str().map(str::to_string)
}
