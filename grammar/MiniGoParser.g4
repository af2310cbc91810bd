// MiniGoParser.g4: the syntax of minigo, which is Go's (https://go.dev/ref/spec) without
// generics. Each rule carries the Go production it parses.
//
// Semicolons are explicit, as in the spec: frontend/token_source.h inserts them at newlines.
// Where Go's own parser is more permissive than the spec and checks afterwards (simple
// statements, parameter lists, if/for/switch headers), this grammar is too, and
// frontend/ast_builder.cpp reports the errors with Go's wording. Types are expressions
// wherever Go allows them in expressions (conversions, make/new arguments, type-switch cases).
//
// The body of an if/for/switch statement opens with BODY_LBRACE rather than `{` (the token
// source decides which `{` that is, as Go's parser does): so a composite literal with a bare
// type name cannot appear in a header unless parenthesised (`if x == T{} {`), and choosing
// between a block and a composite literal never needs more than one token of lookahead.
parser grammar MiniGoParser;

options {
  tokenVocab = MiniGoLexer;
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
sourceFile
  : packageClause eos (importDecl eos)* (topLevelDecl eos)* EOF
  ;

// Entry points for parsing a file one declaration at a time (frontend/parser.cpp): the same
// language as sourceFile, split so that each declaration's parse tree can be freed as soon as
// its AST is built.
fileHeader
  : packageClause eos (importDecl eos)*
  ;

nextDecl
  : topLevelDecl eos
  | EOF
  ;

// PackageClause = "package" PackageName .
packageClause
  : PACKAGE IDENTIFIER
  ;

// The `;` after a declaration (usually inserted by the token source at a newline or at EOF).
eos
  : SEMI
  ;

// ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) .
importDecl
  : IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN)
  ;

// ImportSpec = [ "." | PackageName ] ImportPath .
importSpec
  : (DOT | IDENTIFIER)? string_
  ;

// TopLevelDecl = Declaration | FunctionDecl | MethodDecl .
topLevelDecl
  : declaration
  | functionDecl
  ;

// Declaration = ConstDecl | TypeDecl | VarDecl .
declaration
  : constDecl
  | typeDecl
  | varDecl
  ;

// ConstDecl = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) .
constDecl
  : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN)
  ;

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
constSpec
  : identifierList type_? (ASSIGN expressionList)? // the builder requires values after a type
  ;

// IdentifierList = identifier { "," identifier } .
identifierList
  : IDENTIFIER (COMMA IDENTIFIER)*
  ;

// ExpressionList = Expression { "," Expression } .
expressionList
  : expression (COMMA expression)*
  ;

// TypeDecl = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) .
typeDecl
  : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN)
  ;

// TypeSpec = AliasDecl | TypeDef .  AliasDecl = identifier "=" Type .  TypeDef = identifier Type .
typeSpec
  : IDENTIFIER ASSIGN? type_
  ;

// VarDecl = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) .
varDecl
  : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN)
  ;

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
varSpec
  : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
  ;

// FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
// Receiver     = Parameters .
functionDecl
  : FUNC receiver=parameters? IDENTIFIER signature block?
  ;

// Signature = Parameters [ Result ] .
signature
  : parameters result?
  ;

// Result = Parameters | Type .
result
  : parameters
  | type_
  ;

// Parameters = "(" [ ParameterList [ "," ] ] ")" .
parameters
  : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN
  ;

// ParameterList = ParameterDecl { "," ParameterDecl } .
// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// As Go's parser does, each element is parsed as `[name] [...] Type`; the builder groups
// `a, b int` (names followed by a typed name) and reports mixed named/unnamed lists.
parameterDecl
  : IDENTIFIER? ELLIPSIS? type_
  ;

// Type     = TypeName | TypeLit | "(" Type ")" .
// TypeName = identifier | QualifiedIdent .
type_
  : typeName
  | typeLit
  | LPAREN type_ RPAREN
  ;

// QualifiedIdent = PackageName "." identifier .
typeName
  : IDENTIFIER (DOT IDENTIFIER)?
  ;

// TypeLit = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//           SliceType | MapType | ChannelType .
typeLit
  : arrayType
  | structType
  | pointerType
  | functionType
  | interfaceType
  | sliceType
  | mapType
  | channelType
  ;

// ArrayType = "[" ArrayLength "]" ElementType .  ([...]T only in composite literals.)
arrayType
  : arrayLength type_
  ;

arrayLength
  : LBRACK (expression | ELLIPSIS) RBRACK
  ;

// SliceType = "[" "]" ElementType .
sliceType
  : LBRACK RBRACK type_
  ;

// PointerType = "*" BaseType .
pointerType
  : STAR type_
  ;

// MapType = "map" "[" KeyType "]" ElementType .
mapType
  : MAP LBRACK type_ RBRACK type_
  ;

// ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
// `chan<- chan int` is chan<- (chan int): the first alternative wins, as the spec says.
channelType
  : CHAN ARROW type_   # sendChanType
  | CHAN type_         # bidiChanType
  | ARROW CHAN type_   # recvChanType
  ;

// FunctionType = "func" Signature .
functionType
  : FUNC signature
  ;

// StructType = "struct" "{" { FieldDecl ";" } "}" .
structType
  : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE
  ;

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName .  Tag = string_lit .
fieldDecl
  : (identifierList type_ | STAR? typeName) string_?
  ;

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
interfaceType
  : INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE
  ;

// InterfaceElem = MethodElem | TypeElem .  MethodElem = MethodName Signature .
// (Type elements other than embedded interface names are generics; not in minigo.)
interfaceElem
  : IDENTIFIER signature
  | typeName
  ;

// Block = "{" StatementList "}" .
block
  : LBRACE statementList RBRACE
  ;

// StatementList = { Statement ";" } .  (The `;` may be omitted before the closing `}`.)
statementList
  : statement? (SEMI statement?)*
  ;

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
//             ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt |
//             SelectStmt | ForStmt | DeferStmt .
statement
  : declaration
  | labeledStmt
  | simpleStmt
  | goStmt
  | returnStmt
  | breakStmt
  | continueStmt
  | gotoStmt
  | fallthroughStmt
  | block
  | ifStmt
  | switchStmt
  | selectStmt
  | forStmt
  | deferStmt
  ;

// LabeledStmt = Label ":" Statement .  (A label may also precede the closing `}`.)
labeledStmt
  : IDENTIFIER COLON statement?
  ;

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// ExpressionStmt = Expression .  SendStmt = Channel "<-" Expression .
// IncDecStmt = Expression ( "++" | "--" ) .  Assignment = ExpressionList assign_op ExpressionList .
// ShortVarDecl = IdentifierList ":=" ExpressionList .
// Parsed as Go's parser does: an expression list, then the token that follows decides; the
// builder rejects lists where a single expression is required.
simpleStmt
  : expressionList (assignOp expressionList | DEFINE expressionList | INC | DEC | ARROW expression)?
  ;

// assign_op = [ add_op | mul_op ] "=" .
assignOp
  : ASSIGN | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
  | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
  ;

// GoStmt = "go" Expression .
goStmt
  : GO expression
  ;

// DeferStmt = "defer" Expression .
deferStmt
  : DEFER expression
  ;

// ReturnStmt = "return" [ ExpressionList ] .
returnStmt
  : RETURN expressionList?
  ;

// BreakStmt = "break" [ Label ] .
breakStmt
  : BREAK IDENTIFIER?
  ;

// ContinueStmt = "continue" [ Label ] .
continueStmt
  : CONTINUE IDENTIFIER?
  ;

// GotoStmt = "goto" Label .
gotoStmt
  : GOTO IDENTIFIER
  ;

// FallthroughStmt = "fallthrough" .
fallthroughStmt
  : FALLTHROUGH
  ;

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
ifStmt
  : IF header bodyBlock (ELSE (ifStmt | block))?
  ;

// The Block of an if, for or switch statement.
bodyBlock
  : BODY_LBRACE statementList RBRACE
  ;

// The header of an if or switch statement: [ SimpleStmt ";" ] [ Expression ], parsed as Go's
// parser does (two optional simple statements; the builder checks that the second one is an
// expression, or a type switch guard in a switch).
header
  : init=simpleStmt? (SEMI cond=simpleStmt?)?
  ;

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
switchStmt
  : SWITCH header BODY_LBRACE caseClause* RBRACE
  ;

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
// TypeCaseClause = TypeSwitchCase ":" StatementList .  (TypeList: types are expressions here.)
caseClause
  : (CASE expressionList | DEFAULT) COLON statementList
  ;

// SelectStmt = "select" "{" { CommClause } "}" .
selectStmt
  : SELECT LBRACE commClause* RBRACE
  ;

// CommClause = CommCase ":" StatementList .
// CommCase = "case" ( SendStmt | RecvStmt ) | "default" .
// RecvStmt = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .
commClause
  : (CASE simpleStmt | DEFAULT) COLON statementList
  ;

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
forStmt
  : FOR forHeader bodyBlock
  ;

// ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
forHeader
  : (expressionList (ASSIGN | DEFINE))? RANGE expression         # rangeClause
  | init=simpleStmt? SEMI cond=expression? SEMI post=simpleStmt?  # forClause
  | cond=expression?                                              # condition
  ;

// Expression = UnaryExpr | Expression binary_op Expression .
// UnaryExpr  = PrimaryExpr | unary_op UnaryExpr .
// binary_op  = "||" | "&&" | rel_op | add_op | mul_op .  Precedence 5 (mul_op) binds tightest;
// alternatives listed first bind tighter, and all binary operators are left-associative.
expression
  : primaryExpr                                                              # primary
  | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) expression          # unary
  | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expression  # binary
  | expression op=(PLUS | MINUS | OR | CARET) expression                     # binary
  | expression op=(EQ | NE | LT | LE | GT | GE) expression                   # binary
  | expression op=LAND expression                                            # binary
  | expression op=LOR expression                                             # binary
  ;

// PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector | PrimaryExpr Index |
//               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
// Conversions are calls whose callee is a type.
primaryExpr
  : operand                                                    # operandExpr
  | primaryExpr DOT IDENTIFIER                                 # selectorExpr
  | primaryExpr DOT LPAREN (type_ | TYPE) RPAREN               # typeAssertion
  | primaryExpr index                                          # indexOrSlice
  | primaryExpr arguments                                      # callExpr
  ;

// Index = "[" Expression "]" .  Slice = "[" [ Expression ] ":" [ Expression ] "]" |
//                                        "[" [ Expression ] ":" Expression ":" Expression "]" .
index
  : LBRACK expression RBRACK
  | LBRACK lo=expression? COLON hi=expression? (COLON max=expression?)? RBRACK
  ;

// Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
arguments
  : LPAREN (expressionList ELLIPSIS? COMMA?)? RPAREN
  ;

// Operand = Literal | OperandName | "(" Expression ")" .  Literal = BasicLit | CompositeLit |
// FunctionLit .  Type literals are operands too (conversions, `make([]int, n)`); an array,
// slice, map or struct type followed by `{` is a composite literal, wherever it appears.
operand
  : basicLit
  | functionLit
  | typeName literalValue
  | IDENTIFIER
  | parenExpr
  | compositeLit
  | typeLitExpr
  ;

parenExpr
  : LPAREN expression RPAREN
  ;

// The other type literals that may appear where an expression is expected (array, slice, map
// and struct types are in compositeLit; `*T` is a unary `*`, and `<-chan T` a unary `<-`
// applied to `chan T`, which the builder folds).
typeLitExpr
  : functionType
  | interfaceType
  | channelType
  ;

// BasicLit = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
basicLit
  : INT_LIT
  | FLOAT_LIT
  | IMAGINARY_LIT
  | RUNE_LIT
  | string_
  ;

// string_lit = raw_string_lit | interpreted_string_lit .
string_
  : RAW_STRING_LIT
  | INTERPRETED_STRING_LIT
  ;

// CompositeLit = LiteralType LiteralValue .
// LiteralType  = StructType | ArrayType | "[" "..." "]" ElementType | SliceType | MapType | TypeName .
// (TypeName literals: see operand.) The literal value is optional here so that the choice
// between a type and a composite literal is made by one token of lookahead, as Go does: a
// type literal followed by `{` is always a composite literal.
compositeLit
  : (structType | arrayType | sliceType | mapType) literalValue?
  ;

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
literalValue
  : LBRACE (keyedElement (COMMA keyedElement)* COMMA?)? RBRACE
  ;

// KeyedElement = [ Key ":" ] Element .  Key = FieldName | Expression | LiteralValue .
// Element = Expression | LiteralValue .
keyedElement
  : (key=element COLON)? value=element
  ;

element
  : expression
  | literalValue
  ;

// FunctionLit = "func" Signature FunctionBody .
functionLit
  : FUNC signature block
  ;
