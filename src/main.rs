//! The `isoreg` binary: everything happens in [`isoreg::app::main`].

fn main() {
    std::process::exit(isoreg::app::main());
}
