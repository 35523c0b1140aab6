
set edit:completion:arg-completer[isoreg] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) ISOREG_COMPLETE="elvish" isoreg -- $@words) | to-lines
}

