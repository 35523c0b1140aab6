//! The resource registry: everything isoreg knows about each kind of registry
//! resource, in one place. Per kind: its ID prefix, its nouns, its collection,
//! where its display name lives, whether it needs a token, whether `find`,
//! `sync` and `lineage` cover it, its CSV fields (generated from the API
//! contract into [`fields`]) and the columns of its table ([`views`]). ID checks, 404 messages, `find`, name
//! resolution, `lineage` dates, `sync` and the client's token rule all ask here.
//!
//! Adding a kind: one [`ResourceKind`] row (and a [`List`] row if `sync` or `find`
//! should read its list); the tests below fail when a noun command, a contract
//! collection or a prefix is missing.

#[rustfmt::skip]
pub mod fields;
#[cfg(test)]
mod tests;
pub mod views;

use crate::render::Plan;

/// A kind of registry resource, identified by its ID prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    CreditBatch,
    Issuance,
    Organisation,
    Supplier,
    Project,
    Order,
    Delivery,
    Retirement,
    Transfer,
    Refund,
    Removal,
}

/// What isoreg knows about one kind of resource.
#[derive(Debug)]
pub struct ResourceKind {
    pub resource: Resource,
    /// ID prefixes; the first is the one isoreg writes in examples.
    pub prefixes: &'static [&'static str],
    /// "credit batch", "credit batches", "a".
    pub singular: &'static str,
    pub plural: &'static str,
    pub article: &'static str,
    /// The command noun (`isoreg batch …`), if isoreg has one.
    pub command: Option<&'static str>,
    /// The command that shows one, and the one that lists them (for hints).
    pub get_cmd: &'static str,
    pub list_cmd: &'static str,
    /// The collection below the base URL (`credit_batches`): items are `/{collection}/{id}`.
    pub collection: &'static str,
    /// The contract schema of one item (its CSV fields are in [`fields`]).
    pub schema: &'static str,
    /// What a 404 on one of these suggests; `None`: a 404 here names no resource.
    pub not_found: Option<&'static str>,
    /// Where a record's display name lives (`["organisation", "name"]`); empty: none.
    pub name_path: &'static [&'static str],
    /// The collection and its items are account endpoints (a bearer token).
    pub token: bool,
    /// `find ID` looks these up.
    pub find: bool,
    /// A batch names its latest move of this kind: (ID field, date field).
    pub moved: Option<(&'static str, &'static str)>,
    /// How one is shown: the columns of its table and rows of its detail view ([`views`]).
    pub view: &'static Plan,
}

/// A list endpoint that `sync` copies or `find` searches by name.
#[derive(Debug)]
pub struct List {
    /// The record kind in the local copy ("beneficiary").
    pub kind: &'static str,
    /// The resource its items are.
    pub shows: Resource,
    /// The path; `{org}` is the caller's organisation.
    pub path: &'static str,
    /// `sync` copies it.
    pub sync: bool,
    /// `find WORD` (online) searches its names.
    pub find_names: bool,
}

/// Every kind. Moves are in the order `lineage` reads them: retirement, transfer, delivery.
pub const KINDS: &[ResourceKind] = &[
    ResourceKind {
        resource: Resource::CreditBatch,
        prefixes: &["ctb"],
        singular: "credit batch",
        plural: "credit batches",
        article: "a",
        command: Some("batch"),
        get_cmd: "isoreg batch get",
        list_cmd: "isoreg batch list",
        collection: "credit_batches",
        schema: "CreditBatch",
        not_found: Some("List your batches with `isoreg batch list`."),
        name_path: &[],
        token: true,
        find: true,
        moved: None,
        view: &views::CREDIT_BATCH,
    },
    ResourceKind {
        resource: Resource::Issuance,
        prefixes: &["iss"],
        singular: "issuance",
        plural: "issuances",
        article: "an",
        command: Some("issuance"),
        get_cmd: "isoreg issuance get",
        list_cmd: "isoreg issuance list",
        collection: "issuances",
        schema: "Issuance",
        not_found: Some("List issuances with `isoreg issuance list`."),
        name_path: &[],
        token: false,
        find: true,
        moved: None,
        view: &views::ISSUANCE,
    },
    ResourceKind {
        resource: Resource::Organisation,
        prefixes: &["org"],
        singular: "organisation",
        plural: "organisations",
        article: "an",
        command: Some("org"),
        get_cmd: "isoreg org get",
        list_cmd: "isoreg transferee list",
        collection: "organisations",
        schema: "Organisation",
        not_found: Some("Check the ID; `isoreg org current` shows your own."),
        name_path: &["name"],
        token: false,
        find: true,
        moved: None,
        view: &views::ORGANISATION,
    },
    ResourceKind {
        resource: Resource::Supplier,
        prefixes: &["spl"],
        singular: "supplier",
        plural: "suppliers",
        article: "a",
        command: Some("supplier"),
        get_cmd: "isoreg supplier get",
        list_cmd: "isoreg supplier list",
        collection: "suppliers",
        schema: "Supplier",
        not_found: Some("List suppliers with `isoreg supplier list`."),
        name_path: &["organisation", "name"],
        token: false,
        find: true,
        moved: None,
        view: &views::SUPPLIER,
    },
    ResourceKind {
        resource: Resource::Project,
        prefixes: &["prj"],
        singular: "project",
        plural: "projects",
        article: "a",
        command: Some("project"),
        get_cmd: "isoreg project get",
        list_cmd: "isoreg project list",
        collection: "projects",
        schema: "Project",
        not_found: Some("List projects with `isoreg project list`."),
        name_path: &["name"],
        token: false,
        find: true,
        moved: None,
        view: &views::PROJECT,
    },
    ResourceKind {
        resource: Resource::Order,
        prefixes: &["ord"],
        singular: "order",
        plural: "orders",
        article: "an",
        command: Some("order"),
        get_cmd: "isoreg order get",
        list_cmd: "isoreg order list",
        collection: "orders",
        schema: "Order",
        not_found: Some("List orders with `isoreg order list`."),
        name_path: &[],
        token: true,
        find: true,
        moved: None,
        view: &views::ORDER,
    },
    ResourceKind {
        resource: Resource::Retirement,
        prefixes: &["ret"],
        singular: "retirement",
        plural: "retirements",
        article: "a",
        command: Some("retirement"),
        get_cmd: "isoreg retirement get",
        list_cmd: "isoreg retirement list",
        collection: "retirements",
        schema: "Retirement",
        not_found: Some("List retirements with `isoreg retirement list`."),
        name_path: &[],
        token: false,
        find: true,
        moved: Some(("retirement_id", "retired_at")),
        view: &views::RETIREMENT,
    },
    ResourceKind {
        resource: Resource::Transfer,
        // The OpenAPI's own examples give transfers the prefix `tfr`.
        prefixes: &["trf", "tfr"],
        singular: "transfer",
        plural: "transfers",
        article: "a",
        command: Some("transfer"),
        get_cmd: "isoreg transfer get",
        list_cmd: "isoreg transfer list",
        collection: "transfers",
        schema: "Transfer",
        not_found: Some("List transfers with `isoreg transfer list`."),
        name_path: &[],
        token: false,
        find: true,
        moved: Some(("transfer_id", "transferred_at")),
        view: &views::TRANSFER,
    },
    ResourceKind {
        resource: Resource::Delivery,
        prefixes: &["dlv"],
        singular: "delivery",
        plural: "deliveries",
        article: "a",
        command: Some("delivery"),
        get_cmd: "isoreg delivery get",
        list_cmd: "isoreg delivery list",
        collection: "deliveries",
        schema: "Delivery",
        not_found: Some("List deliveries with `isoreg delivery list`."),
        name_path: &[],
        token: false,
        find: true,
        moved: Some(("delivery_id", "delivered_at")),
        view: &views::DELIVERY,
    },
    ResourceKind {
        resource: Resource::Refund,
        prefixes: &["bpr"],
        singular: "refund",
        plural: "refunds",
        article: "a",
        command: Some("refund"),
        get_cmd: "isoreg refund get",
        list_cmd: "isoreg api /refunds/ID",
        collection: "refunds",
        schema: "BufferPoolRefund",
        not_found: Some("Check the ID (refund IDs start with bpr_)."),
        name_path: &[],
        token: false,
        find: true,
        moved: None,
        view: &views::REFUND,
    },
    ResourceKind {
        resource: Resource::Removal,
        prefixes: &["rmv"],
        singular: "removal",
        plural: "removals",
        article: "a",
        command: None,
        get_cmd: "isoreg api /removals/ID",
        list_cmd: "isoreg api /removals/ID",
        collection: "removals",
        schema: "",
        not_found: None,
        name_path: &[],
        token: false,
        find: false,
        moved: None,
        view: &crate::render::RAW,
    },
];

/// The list endpoints `sync` copies and `find` searches, in the order they are read.
pub const LISTS: &[List] = &[
    List { kind: "project", shows: Resource::Project, path: "/projects", sync: true, find_names: true },
    List { kind: "supplier", shows: Resource::Supplier, path: "/suppliers", sync: true, find_names: true },
    List { kind: "retirement", shows: Resource::Retirement, path: "/retirements", sync: true, find_names: false },
    List { kind: "transfer", shows: Resource::Transfer, path: "/transfers", sync: true, find_names: false },
    List { kind: "delivery", shows: Resource::Delivery, path: "/deliveries", sync: true, find_names: false },
    List { kind: "order", shows: Resource::Order, path: "/organisations/{org}/orders", sync: true, find_names: false },
    List { kind: "beneficiary", shows: Resource::Organisation, path: "/beneficiaries", sync: true, find_names: true },
    List { kind: "transferee", shows: Resource::Organisation, path: "/transferees", sync: true, find_names: true },
];

/// Account endpoints beyond the token kinds' collections, as path patterns:
/// `*` is one segment, a trailing `**` any number.
const ACCOUNT_PATHS: &[&str] = &[
    "organisation",
    "supplier",
    "beneficiaries",
    "transferees",
    "organisations/*/credit_balance",
    "organisations/*/credit_batches",
    "organisations/*/orders",
    "suppliers/*/orders",
    "stripe/**",
];

impl Resource {
    /// Everything the registry says about this kind.
    pub fn kind(self) -> &'static ResourceKind {
        // Every variant has a row: `every_resource_has_a_row` checks it.
        KINDS.iter().find(|k| k.resource == self).unwrap_or(&KINDS[0])
    }
    /// The human name of the resource ("credit batch").
    pub fn name(self) -> &'static str {
        self.kind().singular
    }
    /// The ID prefix of the resource ("ctb").
    pub fn prefix(self) -> &'static str {
        self.kind().prefixes[0]
    }
    /// "a" or "an", for the singular noun.
    pub fn article(self) -> &'static str {
        self.kind().article
    }
    /// The collection's path below the base URL (`/issuances`).
    pub fn path(self) -> String {
        format!("/{}", self.kind().collection)
    }
    // `item_path` and `below` (an ID in a path) are in `crate::ids`, next to `segment`.
}

/// The path of the list endpoint of [`LISTS`] whose records are `kind` ("beneficiary" →
/// `/beneficiaries`); `list_paths_are_known` checks every name isoreg asks for.
pub fn list_path(kind: &str) -> &'static str {
    LISTS.iter().find(|l| l.kind == kind).map_or("", |l| l.path)
}

/// The kind an ID prefix names (`prj` → project), if any.
pub fn by_prefix(prefix: &str) -> Option<&'static ResourceKind> {
    KINDS.iter().find(|k| k.prefixes.contains(&prefix))
}

/// The kind whose collection this is (`credit_batches`), if any.
pub fn by_collection(collection: &str) -> Option<&'static ResourceKind> {
    KINDS.iter().find(|k| k.collection == collection)
}

/// Whether an endpoint belongs to the account side, which needs a bearer token.
pub fn needs_token(path: &str) -> bool {
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let token_collection = segs.first().and_then(|s| by_collection(s)).is_some_and(|k| k.token);
    token_collection || ACCOUNT_PATHS.iter().any(|p| matches_pattern(p, &segs))
}

fn matches_pattern(pattern: &str, segs: &[&str]) -> bool {
    let pat: Vec<&str> = pattern.split('/').collect();
    if pat.last() == Some(&"**") {
        let head = &pat[..pat.len() - 1];
        return segs.len() >= head.len() && head.iter().zip(segs).all(|(p, s)| *p == "*" || p == s);
    }
    pat.len() == segs.len() && pat.iter().zip(segs).all(|(p, s)| *p == "*" || p == s)
}
