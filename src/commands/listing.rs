//! Showing and listing records for every read command: one record through the
//! renderer ([`Ctx::show`]) and lists page by page ([`Ctx::list`]), with the
//! quantities they show checked, a progress bar while fetching, and names
//! looked up beside IDs for tables. Kept apart from `ctx.rs` so that `Ctx` does
//! not import the name lookup (`resolve.rs`), which imports `Ctx`.

use super::ctx::{Ctx, check_all_shown, check_shown, nothing_at};
use super::resolve;
use crate::cli::options::ListOpts;
use crate::client::Pages;
use crate::client::shard::Listing;
use crate::error::Result;
use crate::render::Plan;

impl Ctx {
    /// GETs one resource and renders it (with names beside IDs in tables).
    pub async fn show(&mut self, path: &str, plan: &Plan) -> Result<()> {
        let v = self.get(path).await?;
        if v.is_null() {
            self.out.null()?;
            return Err(nothing_at(path));
        }
        let what = crate::client::resource_named(path).map_or("record", |(name, ..)| name);
        crate::model::answer_for(path, &v, what)?;
        check_shown(&v, plan)?;
        resolve::ids_and_names(self, std::slice::from_ref(&v)).await;
        self.out.one(&v, plan)
    }

    /// Lists an endpoint through the renderer, page by page (streamed for
    /// json, jsonl and csv; tables wait for every row, then resolve names).
    pub async fn list(
        &mut self,
        path: String,
        query: Vec<(String, String)>,
        plan: &Plan,
        what: &str,
        opts: &ListOpts,
    ) -> Result<()> {
        let client = self.client()?;
        let pager = Pages::new(&client, path, query, opts.page_size, opts.after()?, opts.limit());
        self.list_from(Listing::sequential(pager), plan, what, opts.all).await
    }

    /// Renders a listing (sequential or sharded) as [`Ctx::list`] does; `all`: `--all` was given.
    pub async fn list_from(&mut self, mut pager: Listing, plan: &Plan, what: &str, all: bool) -> Result<()> {
        let mut bar = self.progress(what);
        let shown = if self.out.wants_whole_list() {
            let mut rows = Vec::new();
            while let Some(page) = pager.next_page().await? {
                check_all_shown(&page.nodes, plan)?;
                rows.extend(page.nodes);
                bar.update(pager.fetched(), pager.total_count());
            }
            bar.finish();
            resolve::ids_and_names(self, &rows).await;
            let mut w = self.out.list(plan);
            w.page(rows)?;
            w.finish()?
        } else {
            let mut w = self.out.list(plan);
            while let Some(page) = pager.next_page().await? {
                check_all_shown(&page.nodes, plan)?;
                w.page(page.nodes)?;
                bar.update(pager.fetched(), pager.total_count());
            }
            bar.finish();
            w.finish()?
        };
        if pager.more() && !all {
            self.cut_note(shown, pager.total_count(), what);
        }
        Ok(())
    }
}
