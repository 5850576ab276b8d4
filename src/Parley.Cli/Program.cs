using Parley.Cli;

return ParleyCli.Run(args, CliConsole.System());
