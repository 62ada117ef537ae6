fn main() -> std::process::ExitCode {
    rehearse::cli::main()
}
