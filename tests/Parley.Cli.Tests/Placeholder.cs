namespace Parley.Cli.Tests;
