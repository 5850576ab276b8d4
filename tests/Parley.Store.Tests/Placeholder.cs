namespace Parley.Store.Tests;
