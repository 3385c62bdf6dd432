"""``python -m declutter`` runs the command line."""

from declutter.cli import main

main()
