//! The columns of each kind's table: per kind of record, the columns of its
//! list table (with their hiding ranks, see [`crate::render::fit`]), the rows
//! of its detail view and its CSV fields. Noun commands show records through
//! these views (`batch::PLAN` is [`CREDIT_BATCH`]); [`super::ResourceKind::view`]
//! names each kind's, so `find ID` shows any kind the way its noun does.
//!
//! Ranks say what a table exists to show: 0 never goes, and of the rest the
//! highest goes first when the terminal is narrow; the lowest grows first
//! when there is room. Date columns of lists say `AT` (`ISSUED AT (UTC)`),
//! so they cannot be read as the quantities of other tables (`ISSUED (t)`).

use super::fields;
use crate::render::{ColKind, Plan, col, col_ranked};

/// Leaf fields of a credit batch, per the API contract, in the order CSV writes them.
pub const CREDIT_BATCH_FIELDS: &[&str] = &[
    "id",
    "serial_number",
    "status",
    "size.credit_kgs",
    "size.credits",
    "issued_at",
    "retired_at",
    "delivered_at",
    "sequestered_on",
    "country_of_issue",
    "supplier_id",
    "project_id",
    "issuance_id",
    "delivery_id",
    "retirement_id",
    "removal_id",
    "parent_id",
    "left_child_id",
    "right_child_id",
    "owner.id",
    "owner.name",
    "owner.domain",
    "beneficiary.id",
    "beneficiary.name",
    "beneficiary.domain",
    "carbon_removal_data.gross_carbon_removed_kg",
    "carbon_removal_data.net_carbon_removed_kg",
    "carbon_removal_data.emissions_kg",
    "carbon_removal_data.counterfactuals_kg",
    "carbon_removal_data.losses_kg",
    "ccp_approved",
];

/// How credit batches are shown.
pub const CREDIT_BATCH: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("STATUS", "status", ColKind::Status),
        col("SIZE", "size", ColKind::Qty),
        col_ranked("OWNER", "owner.name", ColKind::Text, 7),
        col("PROJECT", "project_id", ColKind::Ref),
        col("ISSUED AT", "issued_at", ColKind::Date),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("SERIAL", "serial_number", ColKind::Text),
        col("STATUS", "status", ColKind::Status),
        col("SIZE", "size", ColKind::Qty),
        col("OWNER", "owner.id", ColKind::Ref),
        col("PROJECT", "project_id", ColKind::Ref),
        col("SUPPLIER", "supplier_id", ColKind::Ref),
        col("ISSUANCE", "issuance_id", ColKind::Ref),
        col("REMOVAL", "removal_id", ColKind::Ref),
        col("ISSUED", "issued_at", ColKind::Date),
        col("DELIVERY", "delivery_id", ColKind::Ref),
        col("DELIVERED", "delivered_at", ColKind::Date),
        col("RETIREMENT", "retirement_id", ColKind::Ref),
        col("RETIRED", "retired_at", ColKind::Date),
        col("BENEFICIARY", "beneficiary.id", ColKind::Ref),
        col("SEQUESTERED", "sequestered_on", ColKind::Date),
        col("COUNTRY", "country_of_issue", ColKind::Text),
        col("PARENT", "parent_id", ColKind::Ref),
        // One row for both children keeps `batch get` within 24 rows.
        col("CHILDREN", "left_child_id + right_child_id", ColKind::Ref),
        col("CCP APPROVED", "ccp_approved", ColKind::Text),
    ],
    fields: CREDIT_BATCH_FIELDS,
};

/// How issuances are shown.
pub const ISSUANCE: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("ISSUED AT", "issued_at", ColKind::Date),
        col("SUPPLIER", "supplier.organisation.name", ColKind::Text),
        col("PROJECT", "project_id", ColKind::Ref),
        col("TOTAL", "credit_batch_size_total", ColKind::Qty),
        col("BUFFER", "buffer_pool_credit_batch_size_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("ISSUED", "issued_at", ColKind::Date),
        col("SUPPLIER", "supplier.id", ColKind::Ref),
        col("PROJECT", "project_id", ColKind::Ref),
        col("PERIOD START", "reporting_period_start_at", ColKind::Date),
        col("PERIOD END", "reporting_period_end_at", ColKind::Date),
        col("SUPPLIER CREDITS", "supplier_credit_batch_size_total", ColKind::Qty),
        col("BUFFER POOL", "buffer_pool_credit_batch_size_total", ColKind::Qty),
        col("TOTAL", "credit_batch_size_total", ColKind::Qty),
    ],
    fields: fields::ISSUANCE,
};

/// Batches of an issuance, with the pool they belong to.
pub const ISSUANCE_BATCHES: Plan = Plan {
    columns: &[
        col("POOL", "pool", ColKind::Text),
        col("ID", "id", ColKind::Id),
        col("STATUS", "status", ColKind::Status),
        col("SIZE", "size", ColKind::Qty),
        col("OWNER", "owner.name", ColKind::Text),
        col("ISSUED AT", "issued_at", ColKind::Date),
    ],
    detail: &[],
    fields: &[],
};

/// How organisations are shown.
pub const ORGANISATION: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("NAME", "name", ColKind::Text),
        col("DOMAIN", "domain", ColKind::Text),
    ],
    detail: &[],
    fields: &["id", "name", "domain"],
};

/// How suppliers are shown.
pub const SUPPLIER: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col_ranked("NAME", "organisation.name", ColKind::Text, 2),
        col("COUNTRY", "location.country_code", ColKind::Text),
        col_ranked("DESCRIPTION", "short_description", ColKind::Text, 7),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("ORGANISATION", "organisation.id", ColKind::Ref),
        col("DOMAIN", "organisation.domain", ColKind::Text),
        col("COUNTRY", "location.country_name", ColKind::Text),
        col("DESCRIPTION", "short_description", ColKind::Text),
        col("ABOUT", "long_description", ColKind::Text),
    ],
    fields: fields::SUPPLIER,
};

/// How projects are shown.
pub const PROJECT: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col_ranked("NAME", "name", ColKind::Text, 2),
        col_ranked("PATHWAY", "pathway", ColKind::Text, 7),
        col("STATUS", "status", ColKind::Status),
        col("COUNTRY", "country_code", ColKind::Text),
        col("ISSUED", "issued_credits_total", ColKind::Qty),
        col("RETIRED", "retired_credits_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("NAME", "name", ColKind::Text),
        col("SHORT CODE", "short_code", ColKind::Text),
        col("SUPPLIER", "supplier.id", ColKind::Ref),
        col("PATHWAY", "pathway", ColKind::Text),
        col("PROTOCOL", "protocol_slug", ColKind::Text),
        col("STATUS", "status", ColKind::Status),
        col("COUNTRY", "country_code", ColKind::Text),
        col("VALIDATOR", "validator_name", ColKind::Text),
        col("VERIFIER", "current_verifier_name", ColKind::Text),
        col("CREDITING START", "crediting_period_start", ColKind::Date),
        col("CREDITING END", "crediting_period_end", ColKind::Date),
        col("ISSUED", "issued_credits_total", ColKind::Qty),
        col("RETIRED", "retired_credits_total", ColKind::Qty),
        col("BUFFER ISSUED", "issued_buffer_pool_credits_total", ColKind::Qty),
        col("BUFFER RETIRED", "retired_buffer_pool_credits_total", ColKind::Qty),
        col("URL", "url", ColKind::Url),
    ],
    fields: fields::PROJECT,
};

/// How project documents are shown.
pub const PROJECT_DOCUMENTS: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("NAME", "display_name", ColKind::Text),
        col("URL", "url", ColKind::Url),
    ],
    detail: &[],
    fields: fields::PROJECT_DOCUMENT,
};

/// How orders are shown.
pub const ORDER: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("STATUS", "status", ColKind::Status),
        col_ranked("BUYER", "buyer_organisation.name", ColKind::Text, 7),
        col_ranked("SUPPLIER", "supplier.organisation.name", ColKind::Text, 3),
        col("ORDERED", "credits_ordered", ColKind::Qty),
        col("DELIVERED", "credits_delivered", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("STATUS", "status", ColKind::Status),
        col("BUYER", "buyer_organisation.id", ColKind::Ref),
        col("SUPPLIER", "supplier.id", ColKind::Ref),
        col("CONTRACT DATE", "effective_contract_date", ColKind::Date),
        col("FULFILLED", "fulfilled_at", ColKind::Date),
        col("ORDERED", "credits_ordered", ColKind::Qty),
        col("DELIVERED", "credits_delivered", ColKind::Qty),
    ],
    fields: fields::ORDER,
};

/// How deliveries are shown.
pub const DELIVERY: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("DELIVERED AT", "delivered_at", ColKind::Date),
        // Whom the credits came from matters most; the order least.
        col_ranked("SUPPLIER", "from_supplier.organisation.name", ColKind::Text, 2),
        col_ranked("TO", "to_organisation.name", ColKind::Text, 5),
        col_ranked("ORDER", "order_id", ColKind::Ref, 7),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("DELIVERED", "delivered_at", ColKind::Date),
        col("SUPPLIER", "from_supplier.id", ColKind::Ref),
        col("TO", "to_organisation.id", ColKind::Ref),
        col("ORDER", "order_id", ColKind::Ref),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("URL", "url", ColKind::Url),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: fields::DELIVERY,
};

/// How retirements are shown.
pub const RETIREMENT: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("RETIRED AT", "retired_at", ColKind::Date),
        col_ranked("OWNER", "owner.name", ColKind::Text, 4),
        col_ranked("BENEFICIARY", "beneficiary.name", ColKind::Text, 4),
        col_ranked("PURPOSES", "purposes", ColKind::Text, 7),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("CERTIFICATE", "url", ColKind::Url),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("RETIRED", "retired_at", ColKind::Date),
        col("OWNER", "owner.id", ColKind::Ref),
        col("BENEFICIARY", "beneficiary.id", ColKind::Ref),
        col("PURPOSES", "purposes", ColKind::Text),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("CERTIFICATE", "url", ColKind::Url),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: fields::RETIREMENT,
};

/// How transfers are shown.
pub const TRANSFER: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("TRANSFERRED AT", "transferred_at", ColKind::Date),
        col("FROM", "from_organisation.name", ColKind::Text),
        col("TO", "to_organisation.name", ColKind::Text),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("TRANSFERRED", "transferred_at", ColKind::Date),
        col("FROM", "from_organisation.id", ColKind::Ref),
        col("TO", "to_organisation.id", ColKind::Ref),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: fields::TRANSFER,
};

/// How refunds are shown.
pub const REFUND: Plan = Plan {
    columns: &[],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("REFUNDED", "refunded_at", ColKind::Date),
        col("FROM", "from_buffer_pool_organisation.id", ColKind::Ref),
        col("TO", "to_organisation.id", ColKind::Ref),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: fields::BUFFER_POOL_REFUND,
};
