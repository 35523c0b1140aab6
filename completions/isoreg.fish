complete --keep-order --exclusive --command isoreg --arguments "(ISOREG_COMPLETE=fish isoreg -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
