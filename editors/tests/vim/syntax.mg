package main
//> package => minigoPackage
//> main => minigoPackageName
