from mtb_desk.cli.main import main

main()
