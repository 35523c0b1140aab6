//! CSV fields of each contract schema isoreg shows: `id`, then every leaf path
//! sorted. Generated from the API contract by `resource::tests`; do not edit:
//! `ISOREG_UPDATE_COMPLETIONS=1 cargo test --lib resource::` rewrites it.

/// `CreditBatch`.
pub const CREDIT_BATCH: &[&str] = &[
    "id",
    "beneficiary.domain",
    "beneficiary.id",
    "beneficiary.name",
    "carbon_removal_data.counterfactuals_kg",
    "carbon_removal_data.emissions_kg",
    "carbon_removal_data.gross_carbon_removed_kg",
    "carbon_removal_data.losses_kg",
    "carbon_removal_data.net_carbon_removed_kg",
    "ccp_approved",
    "country_of_issue",
    "delivered_at",
    "delivery_id",
    "issuance_id",
    "issued_at",
    "left_child_id",
    "owner.domain",
    "owner.id",
    "owner.name",
    "parent_id",
    "project_id",
    "removal_id",
    "retired_at",
    "retirement_id",
    "right_child_id",
    "sequestered_on",
    "serial_number",
    "size.credit_kgs",
    "size.credits",
    "status",
    "supplier_id",
];

/// `Issuance`.
pub const ISSUANCE: &[&str] = &[
    "id",
    "buffer_pool_credit_batch_size_total.credit_kgs",
    "buffer_pool_credit_batch_size_total.credits",
    "credit_batch_size_total.credit_kgs",
    "credit_batch_size_total.credits",
    "issued_at",
    "project_id",
    "reporting_period_end_at",
    "reporting_period_start_at",
    "supplier.id",
    "supplier.location.country_code",
    "supplier.location.country_name",
    "supplier.location.latitude",
    "supplier.location.longitude",
    "supplier.long_description",
    "supplier.organisation.domain",
    "supplier.organisation.id",
    "supplier.organisation.name",
    "supplier.short_description",
    "supplier_credit_batch_size_total.credit_kgs",
    "supplier_credit_batch_size_total.credits",
];

/// `Organisation`.
pub const ORGANISATION: &[&str] = &[
    "id",
    "domain",
    "name",
];

/// `Supplier`.
pub const SUPPLIER: &[&str] = &[
    "id",
    "location.country_code",
    "location.country_name",
    "location.latitude",
    "location.longitude",
    "long_description",
    "organisation.domain",
    "organisation.id",
    "organisation.name",
    "short_description",
];

/// `Project`.
pub const PROJECT: &[&str] = &[
    "id",
    "country_code",
    "crediting_period_end",
    "crediting_period_start",
    "current_verifier_name",
    "issued_buffer_pool_credits_total.credit_kgs",
    "issued_buffer_pool_credits_total.credits",
    "issued_credits_total.credit_kgs",
    "issued_credits_total.credits",
    "location.country_code",
    "location.country_name",
    "location.latitude",
    "location.longitude",
    "name",
    "pathway",
    "process_key",
    "protocol_slug",
    "retired_buffer_pool_credits_total.credit_kgs",
    "retired_buffer_pool_credits_total.credits",
    "retired_credits_total.credit_kgs",
    "retired_credits_total.credits",
    "short_code",
    "status",
    "supplier.id",
    "supplier.location.country_code",
    "supplier.location.country_name",
    "supplier.location.latitude",
    "supplier.location.longitude",
    "supplier.long_description",
    "supplier.organisation.domain",
    "supplier.organisation.id",
    "supplier.organisation.name",
    "supplier.short_description",
    "url",
    "validator_name",
];

/// `Order`.
pub const ORDER: &[&str] = &[
    "id",
    "buyer_organisation.domain",
    "buyer_organisation.id",
    "buyer_organisation.name",
    "credits_delivered.credit_kgs",
    "credits_delivered.credits",
    "credits_ordered.credit_kgs",
    "credits_ordered.credits",
    "effective_contract_date",
    "fulfilled_at",
    "status",
    "supplier.id",
    "supplier.location.country_code",
    "supplier.location.country_name",
    "supplier.location.latitude",
    "supplier.location.longitude",
    "supplier.long_description",
    "supplier.organisation.domain",
    "supplier.organisation.id",
    "supplier.organisation.name",
    "supplier.short_description",
];

/// `Retirement`.
pub const RETIREMENT: &[&str] = &[
    "id",
    "beneficiary.domain",
    "beneficiary.id",
    "beneficiary.name",
    "credit_batch_size_total.credit_kgs",
    "credit_batch_size_total.credits",
    "notes",
    "owner.domain",
    "owner.id",
    "owner.name",
    "purposes",
    "retired_at",
    "url",
];

/// `Transfer`.
pub const TRANSFER: &[&str] = &[
    "id",
    "credit_batch_size_total.credit_kgs",
    "credit_batch_size_total.credits",
    "from_organisation.domain",
    "from_organisation.id",
    "from_organisation.name",
    "notes",
    "to_organisation.domain",
    "to_organisation.id",
    "to_organisation.name",
    "transferred_at",
];

/// `Delivery`.
pub const DELIVERY: &[&str] = &[
    "id",
    "credit_batch_size_total.credit_kgs",
    "credit_batch_size_total.credits",
    "delivered_at",
    "from_supplier.id",
    "from_supplier.location.country_code",
    "from_supplier.location.country_name",
    "from_supplier.location.latitude",
    "from_supplier.location.longitude",
    "from_supplier.long_description",
    "from_supplier.organisation.domain",
    "from_supplier.organisation.id",
    "from_supplier.organisation.name",
    "from_supplier.short_description",
    "notes",
    "order_id",
    "to_organisation.domain",
    "to_organisation.id",
    "to_organisation.name",
    "url",
];

/// `BufferPoolRefund`.
pub const BUFFER_POOL_REFUND: &[&str] = &[
    "id",
    "credit_batch_size_total.credit_kgs",
    "credit_batch_size_total.credits",
    "from_buffer_pool_organisation.domain",
    "from_buffer_pool_organisation.id",
    "from_buffer_pool_organisation.name",
    "notes",
    "refunded_at",
    "to_organisation.domain",
    "to_organisation.id",
    "to_organisation.name",
];

/// `ProjectDocument`.
pub const PROJECT_DOCUMENT: &[&str] = &[
    "id",
    "display_name",
    "project_id",
    "url",
];
