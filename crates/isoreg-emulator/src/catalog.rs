//! Fixed names and facts the generator draws from: suppliers, places, buyers,
//! beneficiaries, document titles, and the hostile strings of the `hostile` quirk.

pub struct SupplierTemplate {
    pub name: &'static str,
    pub domain: &'static str,
    pub short: &'static str,
    pub long: &'static str,
    pub pathway: &'static str,
    pub process_key: &'static str,
    pub protocol_slug: &'static str,
    pub country: (&'static str, &'static str, f64, f64),
    pub places: &'static [&'static str],
}

pub const SUPPLIERS: &[SupplierTemplate] = &[
    SupplierTemplate {
        name: "Charred Earth Industrial",
        domain: "charredearth.example",
        short: "Bio-oil from crop residues, injected into deep wells.",
        long: "Charred Earth converts agricultural residues into a stable bio-oil by fast pyrolysis and injects it into permitted deep wells, where the carbon stays for millennia.",
        pathway: "biomass_carbon_removal_and_storage",
        process_key: "BSTORE",
        protocol_slug: "bio-oil-geological-storage",
        country: ("USA", "United States", 38.51, -98.77),
        places: &["Kansas Plains", "Ohio Valley", "Red River"],
    },
    SupplierTemplate {
        name: "Aeroscrub Direct Air",
        domain: "aeroscrub.example",
        short: "Modular direct air capture with basalt storage.",
        long: "Aeroscrub runs modular sorbent contactors powered by geothermal heat and stores the captured CO2 as carbonate minerals in basalt.",
        pathway: "direct_air_capture",
        process_key: "DACS",
        protocol_slug: "direct-air-capture",
        country: ("ISL", "Iceland", 64.04, -21.40),
        places: &["Hellisheidi", "Reykjanes", "Krafla"],
    },
    SupplierTemplate {
        name: "Basalt & Rain Weathering",
        domain: "basaltrain.example",
        short: "Enhanced rock weathering on farmland.",
        long: "Basalt & Rain spreads finely ground basalt on farmland; rainwater turns CO2 into bicarbonate that rivers carry to the ocean.",
        pathway: "enhanced_weathering",
        process_key: "ERW",
        protocol_slug: "enhanced-weathering-agriculture",
        country: ("GBR", "United Kingdom", 52.48, -1.89),
        places: &["Severn Fields", "Fenland", "Cotswold Farms"],
    },
    SupplierTemplate {
        name: "Mineralis Carbonation",
        domain: "mineralis.example",
        short: "Mineralisation of mine tailings.",
        long: "Mineralis accelerates the carbonation of ultramafic mine tailings, locking CO2 into solid carbonates on site.",
        pathway: "carbon_mineralization",
        process_key: "MINR",
        protocol_slug: "carbon-mineralization",
        country: ("CAN", "Canada", 46.81, -71.21),
        places: &["Thetford", "Timmins", "Baie-Verte"],
    },
    SupplierTemplate {
        name: "Kelp Deep Marine",
        domain: "kelpdeep.example",
        short: "Ocean alkalinity enhancement.",
        long: "Kelp Deep adds mineral alkalinity to coastal waters, increasing the ocean's capacity to hold dissolved inorganic carbon.",
        pathway: "marine",
        process_key: "OAE",
        protocol_slug: "ocean-alkalinity-enhancement",
        country: ("NOR", "Norway", 60.39, 5.32),
        places: &["Hardanger", "Lofoten", "Sognefjord"],
    },
    SupplierTemplate {
        name: "Verdant Biochar Co",
        domain: "verdantbiochar.example",
        short: "Biochar from forestry waste.",
        long: "Verdant pyrolyses forestry and sawmill waste into biochar that is applied to soils and construction materials.",
        pathway: "biomass_carbon_removal_and_storage",
        process_key: "BIOCHAR",
        protocol_slug: "biochar-production-and-storage",
        country: ("KEN", "Kenya", -0.30, 36.08),
        places: &["Rift Valley", "Mau Forest", "Nakuru"],
    },
];

pub const PROJECT_KINDS: &[&str] = &["Project", "Facility", "Phase I", "Phase II", "Pilot"];

pub const DEMO_BUYER: (&str, &str) = ("Northwind Climate Ltd", "northwind.example");

pub const OTHER_BUYERS: &[(&str, &str)] = &[
    ("Bluefin Logistics plc", "bluefin.example"),
    ("Copperleaf Software Inc.", "copperleaf.example"),
    ("Driftwood Airlines", "driftwood.example"),
];

pub const BENEFICIARIES: &[(&str, Option<&str>)] = &[
    ("Northwind Foundation", Some("foundation.northwind.example")),
    ("Harbour City Council", Some("harbourcity.example")),
    ("Alder & Birch Partners", None),
];

pub const BUFFER_POOL: (&str, &str) = ("Isometric Buffer Pool", "isometric.com");

pub const VALIDATORS: &[&str] = &["Carbon Check Ltd", "Verra Assurance GmbH", "EcoAudit Partners"];

pub const DOCUMENTS: &[&str] =
    &["Project Design Document", "Validation Report", "Monitoring Plan", "Verification Report"];

pub const PURPOSES: &[&str] =
    &["corporate_targets", "public_environmental_claims", "insetting", "regulatory_requirement", "other"];

pub const NOTES: &[&str] = &[
    "Annual retirement towards net-zero targets",
    "Quarterly delivery as per contract",
    "Customer offset programme",
    "Balancing residual emissions",
];

/// Prefixes that make a string hostile to terminals and spreadsheets.
pub const HOSTILE: &[&str] = &[
    "\u{1b}[31m",
    "\u{1b}]0;title\u{7}",
    "=HYPERLINK(\"https://evil.example\",\"click\") ",
    "+1 ",
    "-2 ",
    "@SUM(1) ",
    "Tab\there ",
    "Line\r\nbreak ",
    "\u{202e}desrever ",
];

/// Makes `base` hostile, choosing the flavour by `n`; every tenth is very long.
pub fn hostile(base: &str, n: usize, max_chars: usize) -> String {
    let mut s = format!("{}{base}\u{1b}[0m", HOSTILE[n % HOSTILE.len()]);
    if n % 10 == 9 {
        while s.chars().count() < max_chars.min(4000) {
            s.push_str(" very long text");
        }
    }
    s.chars().take(max_chars).collect()
}
